using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Contracts.Generator;
using Contracts.Generator.Planning;
using Contracts.Tool.Diff;
using Contracts.Tool.Diff.Inputs;
using Contracts.Tool.Verify.Checking;
using Contracts.Tool.Verify.Har;
using Contracts.Tool.Verify.Matching;
using Contracts.Tool.Verify.Reporting;

namespace Contracts.Tool.Verify;

/// <summary>Runs one verification: read the schemas as a build would plan them, read the recording, check every entry, report.</summary>
internal static class VerifyRun
{
    /// <summary>Exit code when recorded traffic breaks the schema.</summary>
    public const int ViolationsFound = 1;

    public static int Execute(VerifyRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        try
        {
            var notes = new List<string>();
            var operations = Operations(request.Schemas, notes, cancellationToken);
            foreach (var note in notes) error.WriteLine("note: " + note);
            if (operations.Count == 0) throw new DiffInputException("the schema files describe no operation to match the recording against.");
            var entries = ReadRecording(request.Har);

            var routes = new OperationRoutes(operations, request.BasePath);
            var violations = new List<Violation>();
            var unmatched = new List<EntryNote>();
            var unchecked_ = new List<EntryNote>();
            var matched = 0;
            foreach (var entry in entries)
            {
                var path = Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) ? url.AbsolutePath : entry.Url.Split('?', '#')[0];
                if (routes.Find(entry.Method, path, out var reason) is not { } match)
                {
                    unmatched.Add(new EntryNote(entry.Index, entry.StartedDateTime, entry.Method, SecretRedaction.Url(entry.Url), reason));
                    continue;
                }
                matched++;
                EntryChecker.Check(entry, match, violations, unchecked_);
            }
            var report = new VerifyReport(string.Join(" ", request.Schemas), request.Har, entries.Count, matched, violations, unmatched, unchecked_, request.ListUnmatched);
            Write(request, report, output);
            return report.Fails ? ViolationsFound : ExitCodes.Success;
        }
        catch (DiffInputException exception)
        {
            error.WriteLine("error: " + exception.Message);
            return ExitCodes.BadUsage;
        }
        catch (HarFormatException exception)
        {
            error.WriteLine($"error: {request.Har}: {exception.Message}");
            return ExitCodes.BadUsage;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("error: " + exception.Message);
            return ExitCodes.BadUsage;
        }
    }

    /// <summary>Every operation of every file, planned exactly as the generator plans it for a build.</summary>
    private static List<VerifiedOperation> Operations(IReadOnlyList<string> schemas, List<string> notes, CancellationToken cancellationToken)
    {
        var operations = new List<VerifiedOperation>();
        foreach (var schema in schemas)
        {
            foreach (var file in new LocalSide(schema).Load(cancellationToken))
            {
                if (SchemaReading.Read(file, notes, cancellationToken) is not { } document) continue;
                var plan = PlanBuilder.Build(document, new SchemaFileOptions(null, null, null));
                var checker = new PlanChecker(plan);
                var lookup = new SchemaLookup(document.Schemas);
                for (var i = 0; i < document.Operations.Count; i++)
                {
                    operations.Add(new VerifiedOperation(file.DisplayPath, document.Operations[i], plan.Operations[i], checker, lookup));
                }
            }
        }
        return operations;
    }

    private static IReadOnlyList<HarEntry> ReadRecording(string path)
    {
        if (!File.Exists(path)) throw new DiffInputException($"the recording '{path}' does not exist.");
        try
        {
            return HarReader.Read(File.ReadAllText(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DiffInputException($"cannot read '{path}': {exception.Message}");
        }
    }

    private static void Write(VerifyRequest request, VerifyReport report, TextWriter output)
    {
        if (request.OutputFile is null)
        {
            VerifyReportWriters.Write(request.Format, report, output);
            return;
        }
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(request.OutputFile)) is { } folder) Directory.CreateDirectory(folder);
            using var file = new StreamWriter(request.OutputFile) { NewLine = "\n" };
            VerifyReportWriters.Write(request.Format, report, file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DiffInputException($"cannot write '{request.OutputFile}': {exception.Message}");
        }
        output.WriteLine($"{report.Summary}; report written to {request.OutputFile}");
    }
}
