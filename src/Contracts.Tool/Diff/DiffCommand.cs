using System;
using System.CommandLine;
using Contracts.Tool.Diff.Outputs;
using Contracts.Tool.Diff.Policy;

namespace Contracts.Tool.Diff;

/// <summary>`contracts diff`: what changed between two versions of an API description, and whether it breaks callers.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var sides = new Argument<string[]>("sides")
        {
            Description = "OLD NEW: each a schema file (Apifox page or export, OpenAPI JSON or YAML), a folder of them matched by "
                + "file name, or an http(s) export URL. With --base, one PATH of the working tree instead.",
            Arity = new ArgumentArity(1, 2),
            HelpName = "OLD NEW | PATH",
        };
        var baseRevision = new Option<string?>("--base")
        {
            Description = "Compare PATH as it is at this git revision (git show REV:path) with the working tree.",
            HelpName = "rev",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text (grouped by operation), markdown (a PR comment), json, sarif (2.1.0) or github (Actions annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json", "sarif", "github");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
            HelpName = "file",
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when a change at or above this level remains after ignores and overrides.",
            DefaultValueFactory = _ => "breaking",
        };
        failOn.AcceptOnlyFromAmong("breaking", "warning", "never");
        var ignore = new Option<string?>("--ignore")
        {
            Description = $"Ignore file, lines 'rule-id-glob target-glob  # reason' [default: {IgnoreList.DefaultFileName} in the current folder, if any].",
            HelpName = "file",
        };
        var levels = new Option<string[]>("--level")
        {
            Description = "Override a rule's level, e.g. --level response-property-enum-value-added=breaking; the rule may be a glob. Repeatable.",
            HelpName = "rule=level",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var tokenEnv = new Option<string?>("--token-env")
        {
            Description = "Name of the environment variable holding a token for URL sides, sent as 'Authorization: Bearer <token>'.",
            HelpName = "name",
        };
        var include = Commands.SelectionOptions.Include();
        var exclude = Commands.SelectionOptions.Exclude();
        var keepSchemas = Commands.SelectionOptions.KeepSchemas();
        var command = new Command("diff",
            "Compare two versions of API descriptions and report every change with its rule, level (breaking, warning, info) "
            + "and place in the schema file. Exit code: 0 nothing at or above --fail-on, 1 found, 2 bad usage or unreadable input.")
        {
            sides, baseRevision, format, output, failOn, ignore, levels, tokenEnv, include, exclude, keepSchemas,
        };
        command.SetAction(parseResult =>
        {
            var writer = parseResult.InvocationConfiguration.Output;
            var request = new DiffRequest(
                parseResult.GetRequiredValue(sides),
                parseResult.GetValue(baseRevision),
                ParseFormat(parseResult.GetRequiredValue(format)),
                parseResult.GetValue(output),
                ParseFailOn(parseResult.GetRequiredValue(failOn)),
                parseResult.GetValue(ignore),
                parseResult.GetValue(levels) ?? Array.Empty<string>(),
                parseResult.GetValue(tokenEnv))
            {
                Selection = Contracts.Generator.Selection.OperationSelection.Parse(parseResult.GetValue(include), parseResult.GetValue(exclude), parseResult.GetValue(keepSchemas)),
            };
            return DiffRun.Execute(request, writer, parseResult.InvocationConfiguration.Error, ColorWanted(writer));
        });
        return command;
    }

    /// <summary>Colour for people at a terminal only: not when redirected, and never when NO_COLOR is set (no-color.org).</summary>
    private static bool ColorWanted(System.IO.TextWriter writer)
        => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static ReportFormat ParseFormat(string text) => text switch
    {
        "markdown" => ReportFormat.Markdown,
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        "github" => ReportFormat.GitHub,
        _ => ReportFormat.Text,
    };

    private static FailOn ParseFailOn(string text) => text switch
    {
        "warning" => FailOn.Warning,
        "never" => FailOn.Never,
        _ => FailOn.Breaking,
    };
}
