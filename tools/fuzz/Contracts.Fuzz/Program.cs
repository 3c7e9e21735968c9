using System;
using System.IO;
using System.Text;
using System.Threading;
using Contracts.Generator.Reading;
using Contracts.Generator.Reading.Yaml;
using SharpFuzz;

namespace Contracts.Fuzz;

/// <summary>
/// AFL++ targets. "schema" (the default): each input is a schema file's text, read by the same entry point the generator
/// uses. "yaml": each input goes to the YAML reader, then through the entry point as a YAML OpenAPI file. Readers must
/// report bad input as diagnostics; any exception is a crash AFL++ keeps. The target is CONTRACTS_FUZZ_TARGET.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        Action<string> target = Environment.GetEnvironmentVariable("CONTRACTS_FUZZ_TARGET") switch
        {
            null or "" or "schema" => ReadSchemaFile,
            "yaml" => ReadYaml,
            var other => throw new ArgumentException($"Unknown CONTRACTS_FUZZ_TARGET '{other}': use schema or yaml."),
        };
        // With a file argument it runs that input once (to replay a crash); otherwise it serves AFL++.
        if (args.Length == 1)
        {
            target(File.ReadAllText(args[0]));
            return;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var text = new StreamReader(stream, Encoding.UTF8);
            target(text.ReadToEnd());
        });
    }

    private static void ReadSchemaFile(string text) => ApiDocumentReader.Read("/fuzz/input.json", text, CancellationToken.None);

    private static void ReadYaml(string text)
    {
        YamlParser.Parse(text);
        // The same text as a YAML OpenAPI document, so what the parser accepts also reaches the OpenAPI reader.
        ApiDocumentReader.Read("/fuzz/input.openapi.yaml", "openapi: 3.0.3\n" + text, CancellationToken.None);
    }
}
