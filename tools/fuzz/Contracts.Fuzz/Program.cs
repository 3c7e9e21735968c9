using System.IO;
using System.Text;
using System.Threading;
using Contracts.Generator.Reading;
using SharpFuzz;

namespace Contracts.Fuzz;

/// <summary>
/// AFL++ target: each input is a schema file's text, read by the same entry point the generator uses. Readers must report
/// bad input as diagnostics; any exception is a crash AFL++ keeps.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // With a file argument it runs that input once (to replay a crash); otherwise it serves AFL++.
        if (args.Length == 1)
        {
            ReadSchemaFile(File.ReadAllText(args[0]));
            return;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var text = new StreamReader(stream, Encoding.UTF8);
            ReadSchemaFile(text.ReadToEnd());
        });
    }

    private static void ReadSchemaFile(string text) => ApiDocumentReader.Read("/fuzz/input.json", text, CancellationToken.None);
}
