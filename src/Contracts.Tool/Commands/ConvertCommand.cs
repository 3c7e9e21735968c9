using System;
using System.CommandLine;
using System.IO;
using Contracts.Tool.Yaml;

namespace Contracts.Tool.Commands;

/// <summary>`contracts convert`: one YAML document to indented JSON.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("yaml") { Description = "The YAML file to convert (one document)." };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The JSON file to write [default: standard output].",
            HelpName = "json",
        };
        var command = new Command("convert",
            "Convert a YAML file (such as an OpenAPI description) to indented JSON: key order kept, plain scalars typed by "
            + "YAML 1.2 (so 'yes' stays a string), quoted scalars always strings, .inf/.nan as strings, anchors and aliases "
            + "expanded. It uses the generator's own YAML reader, so this is the JSON a build and 'generate' read from the file. "
            + "Exit code: 0 done, 2 bad usage or unreadable input.")
        {
            input, output,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(input),
            parseResult.GetValue(output),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string input, string? outFile, TextWriter output, TextWriter error)
    {
        if (!File.Exists(input))
        {
            error.WriteLine($"error: the file '{input}' does not exist.");
            return ExitCodes.BadUsage;
        }
        try
        {
            var json = YamlToJson.Convert(File.ReadAllText(input));
            if (outFile is null)
            {
                output.Write(json);
            }
            else
            {
                if (Path.GetDirectoryName(Path.GetFullPath(outFile)) is { } folder) Directory.CreateDirectory(folder);
                File.WriteAllText(outFile, json);
            }
            return ExitCodes.Success;
        }
        catch (YamlConversionException exception)
        {
            error.WriteLine($"{input}({exception.Line},{exception.Column}): error: cannot convert the YAML: {exception.Problem}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("error: " + exception.Message);
        }
        return ExitCodes.BadUsage;
    }
}
