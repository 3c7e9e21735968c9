using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.Tests.Sample;

/// <summary>A running img2img: its output is read as it comes, it can be interrupted, and it is killed if it outlives the test.</summary>
internal sealed class Img2ImgProcess : IDisposable
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    public Img2ImgProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Sends <paramref name="signal"/> (SIGINT is what Ctrl+C in a terminal sends).</summary>
    public void Signal(int signal)
    {
        if (kill(_process.Id, signal) != 0) throw new InvalidOperationException($"kill({signal}) failed with errno " + Marshal.GetLastPInvokeError());
    }

    /// <summary>
    /// True when the program ignores <paramref name="signal"/> because it inherited the disposition: a shell starts
    /// background jobs with SIGINT ignored, the test host passes that on, and .NET keeps signals ignored at start-up ignored.
    /// </summary>
    public bool Ignores(int signal)
    {
        foreach (var line in System.IO.File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (!line.StartsWith("SigIgn:", StringComparison.Ordinal)) continue;
            var mask = Convert.ToUInt64(line.Substring("SigIgn:".Length).Trim(), 16);
            return (mask & (1UL << (signal - 1))) != 0;
        }
        return false;
    }

    public bool HasExited => _process.HasExited;

    public async Task<Img2ImgResult> WaitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"img2img did not exit within {timeout.TotalSeconds} s.\nstderr so far:\n" + await _error);
        }
        return new Img2ImgResult(_process.ExitCode, await _output, await _error);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    // DllImport, not LibraryImport: the test project does not allow unsafe code, which the latter's generated stub needs.
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
