using System;

namespace Contracts.Tests.Sample;

/// <summary>How an img2img run ended, with everything it printed.</summary>
internal sealed record Img2ImgResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
