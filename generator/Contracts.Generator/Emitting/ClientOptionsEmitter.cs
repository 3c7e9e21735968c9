using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits the client's own options type: ContractsClientOptions plus one credential property per security scheme, so two
/// APIs in one container keep their keys apart and configuration binds each scheme by name.
/// </summary>
internal static class ClientOptionsEmitter
{
    public static void Emit(SourceWriter writer, FilePlan file)
    {
        writer.Line($"/// <summary>Settings of <see cref=\"{file.ClientName}\"/>. Credentials are never shown by <see cref=\"object.ToString\"/>.</summary>");
        writer.Line(SourceHeader.GeneratedCodeAttribute);
        writer.OpenBrace($"public sealed partial class {file.OptionsName} : _Rt.ContractsClientOptions");
        var first = true;
        foreach (var scheme in file.SecuritySchemes)
        {
            if (!first) writer.Line();
            first = false;
            var name = CSharpText.StringLiteral(scheme.SchemeName);
            writer.Line($"/// <summary>The credential of security scheme <c>{CSharpText.CommentText(scheme.SchemeName)}</c> ({Describe(scheme)}); kept in <see cref=\"_Rt.ContractsClientOptions.Credentials\"/>.</summary>");
            writer.OpenBrace($"public string? {scheme.OptionsProperty}");
            writer.Line($"get => Credentials.TryGetValue({name}, out var value) ? value : null;");
            writer.OpenBrace("set");
            writer.Line($"if (value is null) Credentials.Remove({name});");
            writer.Line($"else Credentials[{name}] = value;");
            writer.CloseBrace();
            writer.CloseBrace();
        }
        writer.CloseBrace();
    }

    private static string Describe(SecuritySchemePlan scheme) => scheme.Placement switch
    {
        "Header" => "an API key in the header " + CSharpText.CommentText(scheme.ParameterName),
        "Query" => "an API key in the query parameter " + CSharpText.CommentText(scheme.ParameterName),
        "Cookie" => "an API key in the cookie " + CSharpText.CommentText(scheme.ParameterName),
        "Basic" => "HTTP basic, as user:password",
        _ => "a token sent as Authorization: " + CSharpText.CommentText(scheme.ParameterName),
    };
}
