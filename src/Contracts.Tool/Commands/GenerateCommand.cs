using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using Contracts.Generator;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Selection;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Tool.Generation;

namespace Contracts.Tool.Commands;

/// <summary>`contracts generate`: runs the generator on files outside a build and writes what it produces.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input")
        {
            Description = "An API description (Apifox page or export, OpenAPI 3 JSON or YAML), or a folder: every file in it, "
                + "recursively, in ordinal path order. Files that are not API descriptions are skipped silently. Default: schemas/.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "schemas",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write to; each schema file gets a subfolder named after it. "
                + "Stale .g.cs files from an earlier run are removed from those subfolders.",
            HelpName = "dir",
            DefaultValueFactory = _ => "generated/",
        };
        var ns = new Option<string?>("--namespace")
        {
            Description = "The namespace of the generated code, for every file [default: <root namespace>.<file name in PascalCase>].",
            HelpName = "ns",
        };
        var clientName = new Option<string?>("--client-name")
        {
            Description = "The client class name, for every file [default: <file name in PascalCase>Client].",
            HelpName = "name",
        };
        var rootNamespace = new Option<string>("--root-namespace")
        {
            Description = "The first part of derived namespaces.",
            HelpName = "ns",
            DefaultValueFactory = _ => "Contracts",
        };
        var include = SelectionOptions.Include();
        var exclude = SelectionOptions.Exclude();
        var keepSchemas = SelectionOptions.KeepSchemas();
        var envelope = new EnvelopeOptions();
        var command = new Command("generate",
            "Generate C# from API description files, as the source generator does in a build. Diagnostics go to stderr as "
            + "'path(line,col): severity ID: message'. YAML files are converted to JSON first, and their diagnostics give "
            + "positions in that JSON (see 'contracts convert'), not in the YAML. Exit code: 0 done, 1 error diagnostics, "
            + "2 bad usage or unreadable input.")
        {
            input, output, ns, clientName, rootNamespace, include, exclude, keepSchemas,
        };
        envelope.AddTo(command);
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(input),
            parseResult.GetRequiredValue(output),
            new SchemaFileOptions(parseResult.GetValue(ns), parseResult.GetValue(clientName), parseResult.GetValue(rootNamespace))
            {
                Envelope = envelope.Read(parseResult),
            },
            OperationSelection.Parse(parseResult.GetValue(include), parseResult.GetValue(exclude), parseResult.GetValue(keepSchemas)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string input, string outDirectory, SchemaFileOptions options, OperationSelection selection, TextWriter output, TextWriter error)
    {
        var paths = SchemaFiles.Find(input);
        if (paths is null)
        {
            error.WriteLine($"error: '{input}' is neither a file nor a folder.");
            return ExitCodes.BadUsage;
        }
        try
        {
            var run = new GenerationRun(outDirectory, options, selection, error);
            // A file named on the command line says what it is when no reader knows it; files found in a folder stay silent.
            var origin = File.Exists(input) ? FileOrigin.Argument : FileOrigin.Pattern;
            foreach (var path in paths) run.Add(path, origin);
            run.Finish();
            output.WriteLine($"Generated {run.Folders.FilesWritten} files from {run.SchemaFileCount} schema files into {outDirectory}");
            return run.UnreadableInput ? ExitCodes.BadUsage : run.AnyError ? ExitCodes.ErrorDiagnostics : ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("error: " + exception.Message);
            return ExitCodes.BadUsage;
        }
    }

    /// <summary>The state of one `generate` run over its files.</summary>
    private sealed class GenerationRun
    {
        private readonly SchemaFileOptions _options;
        private readonly OperationSelection _selection;
        private readonly TextWriter _error;
        // Hint names are unique across files, as in a build (CTR4003 otherwise).
        private readonly HashSet<string> _hintNames = new(StringComparer.OrdinalIgnoreCase);

        public GenerationRun(string outDirectory, SchemaFileOptions options, OperationSelection selection, TextWriter error)
        {
            Folders = new OutputFolders(outDirectory);
            _options = options;
            _selection = selection;
            _error = error;
        }

        public OutputFolders Folders { get; }

        public int SchemaFileCount { get; private set; }

        public bool AnyError { get; private set; }

        public bool UnreadableInput { get; private set; }

        public void Add(string path, FileOrigin origin)
        {
            if (Read(path) is not { } text) return;
            var result = ContractsGenerator.Generate(new SchemaFileInput(path, text, _options, Origin: origin, Selection: _selection), CancellationToken.None);
            if (result.Sources.IsEmpty && result.Diagnostics.IsEmpty) return;
            SchemaFileCount++;
            var stem = SchemaFileNames.FileStem(path);
            Folders.Claim(stem);
            // Sorted by position (stable), so the output reads top to bottom like the file.
            foreach (var diagnostic in result.Diagnostics.OrderBy(d => d.Span.StartLine).ThenBy(d => d.Span.StartColumn)) Report(diagnostic, path);
            foreach (var source in result.Sources)
            {
                if (_hintNames.Add(source.HintName)) Folders.Write(stem, source);
                else Report(DiagnosticInfo.Create(DiagnosticId.DuplicateOutput, path, SourceSpan.None, source.HintName), path);
            }
        }

        public void Finish() => Folders.RemoveStale();

        // YAML is read by the generator itself, at its own lines and columns, as in a build.
        private string? Read(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _error.WriteLine($"{path}: error: cannot read the file: {exception.Message}");
            }
            UnreadableInput = true;
            return null;
        }

        private void Report(DiagnosticInfo diagnostic, string path)
        {
            AnyError |= DiagnosticText.IsError(diagnostic);
            _error.WriteLine(DiagnosticText.Format(diagnostic, path));
        }
    }
}
