using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.Tool.Diff.Inputs;

/// <summary>Runs git in a folder and captures its output as UTF-8 (schema files are often Chinese).</summary>
internal static class GitCommand
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string workingDirectory, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // Paths with non-ASCII characters come out verbatim, not quoted.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start) ?? throw new DiffInputException("cannot start git.");
            // Both streams at once, so a full stderr pipe cannot stall a large stdout.
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new Result(process.ExitCode, output, error.GetAwaiter().GetResult());
        }
        catch (Win32Exception exception)
        {
            throw new DiffInputException($"cannot run git ({exception.Message}); --base needs git on the PATH.");
        }
    }
}
