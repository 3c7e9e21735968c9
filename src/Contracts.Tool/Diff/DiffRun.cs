using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Contracts.Tool.Diff.Engine;
using Contracts.Tool.Diff.Inputs;
using Contracts.Tool.Diff.Outputs;
using Contracts.Tool.Diff.Policy;

namespace Contracts.Tool.Diff;

/// <summary>Runs one comparison: resolve the sides, read and pair documents, compare, apply the policy, write the report.</summary>
internal static class DiffRun
{
    /// <summary>Exit code when something at or above <c>--fail-on</c> was found.</summary>
    public const int ChangesFound = 1;

    public static int Execute(DiffRequest request, TextWriter output, TextWriter error, bool color, CancellationToken cancellationToken = default)
    {
        try
        {
            var (before, after) = Sides(request);
            var ignore = LoadIgnoreList(request.IgnoreFile);
            var levels = LevelOverrides.Parse(request.Levels);
            var notes = new List<string>();
            var findings = new List<Finding>();
            foreach (var pair in DocumentPairs.Load(before, after, notes, cancellationToken))
            {
                var (old, now) = SelectedOperations.Apply(pair, request.Selection, notes);
                findings.AddRange(ApiDiff.Compare(pair.Name, old, now, before.Version));
            }
            foreach (var note in notes) error.WriteLine("note: " + note);

            var report = new DiffReport(before.Description, after.Description, DiffOutcome.Apply(findings, levels, ignore, request.FailOn));
            WriteReport(request, report, output, color);
            return report.Outcome.Fails ? ChangesFound : ExitCodes.Success;
        }
        catch (DiffInputException exception)
        {
            error.WriteLine("error: " + exception.Message);
            return ExitCodes.BadUsage;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A file that vanished or cannot be opened between the checks and the read is still bad input.
            error.WriteLine("error: " + exception.Message);
            return ExitCodes.BadUsage;
        }
    }

    private static (DiffSide Before, DiffSide After) Sides(DiffRequest request)
    {
        if (request.Base is { } revision)
        {
            if (request.Sides.Count != 1) throw new DiffInputException("with --base, give one PATH (a schema file or folder of the working tree).");
            return (new GitRevisionSide(revision, request.Sides[0]), new LocalSide(request.Sides[0]));
        }
        if (request.Sides.Count != 2) throw new DiffInputException("give OLD and NEW (files, folders or URLs), or one PATH with --base REV.");
        return (Side(request.Sides[0], request.TokenVariable), Side(request.Sides[1], request.TokenVariable));
    }

    private static DiffSide Side(string text, string? tokenVariable)
        => UrlSide.IsUrl(text, out var url) ? new UrlSide(url, tokenVariable) : new LocalSide(text);

    private static IgnoreList LoadIgnoreList(string? path)
    {
        if (path is not null)
        {
            if (!File.Exists(path)) throw new DiffInputException($"the ignore file '{path}' does not exist.");
            return IgnoreList.Load(path);
        }
        return File.Exists(IgnoreList.DefaultFileName) ? IgnoreList.Load(IgnoreList.DefaultFileName) : IgnoreList.Empty;
    }

    private static void WriteReport(DiffRequest request, DiffReport report, TextWriter output, bool color)
    {
        var writer = ReportWriters.For(request.Format, color && request.OutputFile is null);
        if (request.OutputFile is null)
        {
            writer.Write(report, output);
            return;
        }
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(request.OutputFile)) is { } folder) Directory.CreateDirectory(folder);
            using var file = new StreamWriter(request.OutputFile) { NewLine = "\n" };
            writer.Write(report, file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DiffInputException($"cannot write '{request.OutputFile}': {exception.Message}");
        }
        output.WriteLine($"{report.Summary}; report written to {request.OutputFile}");
    }
}
