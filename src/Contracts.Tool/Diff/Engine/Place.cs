using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Engine;

/// <summary>Where in an operation a value lives: a parameter, the request body or one response's body.</summary>
internal sealed record Place(RuleDirection Direction, string Label, bool IsParameter)
{
    public static readonly Place Operation = new(RuleDirection.Operation, "", false);

    public static readonly Place RequestBody = new(RuleDirection.Request, "request body", false);

    public static Place Parameter(string location, string name) => new(RuleDirection.Request, $"{location} parameter {name}", true);

    public static Place Response(int status) => new(RuleDirection.Response, "response " + StatusText(status), false);

    /// <summary>Status 0 is the OpenAPI "default" response.</summary>
    public static string StatusText(int status) => status == 0 ? "default" : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
