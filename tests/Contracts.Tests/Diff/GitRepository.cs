using System;
using System.Diagnostics;
using Contracts.Tests.Tool;

namespace Contracts.Tests.Diff;

/// <summary>A throwaway git repository in a temporary folder, for --base tests.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly TempFolder _folder = new();

    public GitRepository() => Git("init", "--quiet");

    public string Path => _folder.Path;

    public string Write(string relativePath, string text) => _folder.Write(relativePath, text);

    public string Combine(params string[] parts) => _folder.Combine(parts);

    public void Commit(string message)
    {
        Git("add", "--all");
        Git("-c", "user.name=Tests", "-c", "user.email=tests@example.com", "commit", "--quiet", "-m", message);
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
    }

    public void Dispose() => _folder.Dispose();
}
