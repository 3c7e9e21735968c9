using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>Emits the result type of an operation whose success statuses carry different bodies.</summary>
internal static class ResultEmitter
{
    public static string Emit(FilePlan file, ResultPlan plan)
    {
        var writer = SourceHeader.Start(file.FilePath, file.Namespace);
        DocComments.Summary(writer, "What the server answered: the success status and the body that status carries.");
        writer.Line(SourceHeader.GeneratedCodeAttribute);
        writer.OpenBrace($"public sealed record {plan.Name}(int StatusCode)");
        foreach (var response in plan.Successes)
        {
            if (response.Body is not { } type) continue;
            DocComments.Summary(writer, $"The body when the status is {response.StatusCode.ToString(CultureInfo.InvariantCulture)}; null otherwise." + (string.IsNullOrWhiteSpace(response.Description) ? "" : " " + response.Description));
            writer.Line($"public {type.WithNullable(true).Name} {MemberName(response.StatusCode)} {{ get; init; }}");
            writer.Line();
        }
        writer.CloseBrace();
        return writer.ToString();
    }

    /// <summary>"Ok", "Created", … for the common statuses; "Status207" otherwise.</summary>
    public static string MemberName(int statusCode) => statusCode switch
    {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        206 => "PartialContent",
        _ => "Status" + statusCode.ToString(CultureInfo.InvariantCulture),
    };
}
