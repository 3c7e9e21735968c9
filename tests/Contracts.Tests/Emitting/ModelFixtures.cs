using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Tests.Emitting;

/// <summary>Models built by hand, so emitter tests do not depend on any reader.</summary>
internal static class ModelFixtures
{
    public static Schema String(string? description = null) => new() { Type = SchemaType.String, Description = description };

    public static Schema Integer(string? min = null, string? max = null, string? @default = null) => new()
    {
        Type = SchemaType.Integer,
        Default = @default,
        Constraints = new Constraints
        {
            Minimum = min is null ? null : new NumericBound(min, false, ConstraintOrigin.Prose),
            Maximum = max is null ? null : new NumericBound(max, false, ConstraintOrigin.Prose),
        },
    };

    public static Schema Object(params Property[] properties) => new() { Type = SchemaType.Object, Properties = new EquatableArray<Property>(properties) };

    public static Property Member(string name, Schema schema, bool required = false) => new(name, schema, required, SourceSpan.None);

    public static ApiDocument Document(string path, Schema requestBody, Schema? response = null, string method = "POST", string urlPath = "/v1/things")
    {
        var responses = response is null
            ? EquatableArray<Response>.Empty
            : new EquatableArray<Response>(new[] { new Response(200, "OK", null, "application/json", response, EquatableArray<Example>.Empty, SourceSpan.None) });
        var operation = new Operation(method, urlPath, null, "Create a thing", null, EquatableArray<string>.Empty, EquatableArray<Parameter>.Empty,
            new RequestBody("application/json", requestBody, true, EquatableArray<Example>.Empty, SourceSpan.None), responses, SourceSpan.None);
        return new ApiDocument(path, SourceFormat.ApifoxPage, "Things", new EquatableArray<Operation>(new[] { operation }), EquatableArray<DiagnosticInfo>.Empty);
    }
}
