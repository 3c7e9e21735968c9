using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using Contracts.Tool.Commands;

namespace Contracts.Tool;

/// <summary>The `contracts` command line: every command is registered here, one class per command.</summary>
internal static class Program
{
    private static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Parses and runs one command line; the writers let tests capture output in-process.</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parseResult = CreateRootCommand().Parse(args);
        // System.CommandLine exits 1 on a parse error, but 1 means "error diagnostics" here; bad usage is 2.
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine("error: " + parseError.Message);
            }
            error.WriteLine("Run 'contracts --help' or 'contracts <command> --help' for usage.");
            return ExitCodes.BadUsage;
        }
        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    internal static Command CreateRootCommand()
    {
        // Not RootCommand: it is named after the assembly (Contracts.Tool), but users type the tool command name.
        var root = new Command("contracts", "Generate C# contracts from Apifox and OpenAPI files outside a build, and convert YAML OpenAPI to JSON.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Add(GenerateCommand.Create());
        root.Add(ConvertCommand.Create());
        root.Add(Diff.DiffCommand.Create());
        root.Add(Verify.VerifyCommand.Create());
        return root;
    }
}
