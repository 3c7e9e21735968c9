using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.Tests.Sample;

/// <summary>A running img2img: its output is read as it comes, it can be interrupted, and it is killed if it outlives the test.</summary>
internal sealed class Img2ImgProcess : IDisposable
{
    private const int SigInt = 2;

    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    public Img2ImgProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does.</summary>
    public void Interrupt()
    {
        if (kill(_process.Id, SigInt) != 0) throw new InvalidOperationException("kill(SIGINT) failed with errno " + Marshal.GetLastPInvokeError());
    }

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
