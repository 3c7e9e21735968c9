using System;
using System.CommandLine;
using Contracts.Tool.Diff.Outputs;

namespace Contracts.Tool.Verify;

/// <summary>`contracts verify`: recorded HTTP traffic (a HAR file) checked against the API description, with the generated code's own rules.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var schemas = new Argument<string[]>("schemas")
        {
            Description = "Schema files (Apifox page or export, OpenAPI or Swagger, JSON or YAML) or folders of them; the operations of all are matched.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "SCHEMA",
        };
        var har = new Option<string>("--har")
        {
            Description = "The HTTP Archive 1.2 recording (browser developer tools, Charles, Fiddler, mitmproxy).",
            HelpName = "file",
            Required = true,
        };
        var basePath = new Option<string?>("--base-path")
        {
            Description = "Server prefix of the recorded paths, such as /relay; stripped before matching [default: found per entry, longest template match].",
            HelpName = "path",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text (grouped by entry), markdown (a PR comment), json, sarif (2.1.0) or github (Actions annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json", "sarif", "github");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
            HelpName = "file",
        };
        var unmatched = new Option<bool>("--unmatched")
        {
            Description = "List the entries no operation matches (they are always counted).",
        };
        var command = new Command("verify",
            "Check recorded traffic against the API description: each entry is matched to an operation by method and path, and its "
            + "parameters, request body and response body are checked with the rules the generated Validate() applies. "
            + "Exit code: 0 clean, 1 violations found, 2 bad usage or unreadable input.")
        {
            schemas, har, basePath, format, output, unmatched,
        };
        command.SetAction(parseResult => VerifyRun.Execute(
            new VerifyRequest(
                parseResult.GetRequiredValue(schemas),
                parseResult.GetRequiredValue(har),
                parseResult.GetValue(basePath),
                ParseFormat(parseResult.GetRequiredValue(format)),
                parseResult.GetValue(output),
                parseResult.GetValue(unmatched)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static ReportFormat ParseFormat(string text) => Enum.Parse<ReportFormat>(text, ignoreCase: true);
}
