using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace Contracts.Img2Img;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into a cancelled token, so the prediction can be cancelled on the server
/// before the program exits. A second signal is left to terminate the process as usual.
/// </summary>
internal sealed class InterruptSignals : IDisposable
{
    private readonly CancellationTokenSource _interrupted = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public InterruptSignals()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
    }

    public CancellationToken Token => _interrupted.Token;

    private void Handle(PosixSignalContext context)
    {
        if (_interrupted.IsCancellationRequested) return;
        context.Cancel = true;
        _interrupted.Cancel();
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _interrupted.Dispose();
    }
}
