using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace Contracts.Tests.Harness;

/// <summary>Compares text with a reviewed copy in <c>tests/Contracts.Tests/Snapshots/{name}.verified.txt</c>.
/// A difference writes <c>{name}.received.txt</c> beside it and fails; accepting is renaming that file, never automatic.</summary>
public static class Snapshot
{
    private const string ProjectFileName = "Contracts.Tests.csproj";

    /// <summary>Fails with a diff unless <paramref name="actual"/> equals the verified snapshot (line endings aside).</summary>
    public static void Match(string name, string actual, [CallerFilePath] string callerFilePath = "")
        => MatchIn(SnapshotDirectory(callerFilePath), name, actual);

    /// <summary>As <see cref="Match"/>, against an explicit directory (used by the harness's own tests).</summary>
    public static void MatchIn(string directory, string name, string actual)
    {
        ValidateName(name);
        var verifiedPath = Path.Combine(directory, name + ".verified.txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
        var received = Normalize(actual);

        if (File.Exists(verifiedPath))
        {
            var verified = Normalize(File.ReadAllText(verifiedPath));
            if (verified == received)
            {
                File.Delete(receivedPath);
                return;
            }
            WriteReceived(receivedPath, received);
            Assert.Fail(
                $"Snapshot '{name}' differs from {verifiedPath}\n" +
                $"Received: {receivedPath}\n" +
                $"To accept, review it and rename it to {Path.GetFileName(verifiedPath)}.\n\n" +
                SnapshotDiff.Render(verified, received, "verified", "received"));
        }

        WriteReceived(receivedPath, received);
        Assert.Fail(
            $"Snapshot '{name}' has no verified file ({verifiedPath}).\n" +
            $"Received: {receivedPath}\n" +
            $"To accept, review it and rename it to {Path.GetFileName(verifiedPath)}.\n\n" +
            SnapshotDiff.Render("", received, "(none)", "received"));
    }

    /// <summary>The Snapshots folder of the test project's source tree (not the bin folder).</summary>
    public static string SnapshotDirectory([CallerFilePath] string callerFilePath = "")
    {
        // The caller's path is compile-time and may be mapped away (deterministic CI builds); then search up from the binaries.
        var projectDirectory = FindProjectDirectory(Path.GetDirectoryName(callerFilePath))
            ?? FindProjectDirectory(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException($"Cannot find {ProjectFileName} above '{callerFilePath}' or '{AppContext.BaseDirectory}'.");
        return Path.Combine(projectDirectory, "Snapshots");
    }

    private static string? FindProjectDirectory(string? start)
    {
        for (var directory = start; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, ProjectFileName)))
            {
                return directory;
            }
        }
        return null;
    }

    private static void ValidateName(string name)
    {
        if (name.Length == 0 || Path.IsPathRooted(name) || name.Contains("..", StringComparison.Ordinal) || name.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            throw new ArgumentException($"'{name}' is not a usable snapshot name (relative, no '..').", nameof(name));
        }
    }

    private static void WriteReceived(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
