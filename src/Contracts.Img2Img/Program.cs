using System;
using System.CommandLine;
using System.Threading.Tasks;

namespace Contracts.Img2Img;

/// <summary>Entry point of the img2img sample.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var signals = new InterruptSignals();
        var command = Img2ImgCommand.Create((settings, _) => new Img2ImgRun(settings, Console.Out, Console.Error).RunAsync(signals.Token));
        var parseResult = command.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors) Console.Error.WriteLine("error: " + parseError.Message);
            Console.Error.WriteLine("Run 'img2img --help' for usage.");
            return ExitCodes.BadUsage;
        }
        // Signals are handled by InterruptSignals, which cancels the prediction before exiting.
        return await parseResult.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }
}
