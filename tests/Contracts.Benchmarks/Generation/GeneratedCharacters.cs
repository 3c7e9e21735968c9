using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Contracts.Generator;
using Contracts.Tests.Scale;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Contracts.Benchmarks.Generation;

/// <summary>
/// How much code the generator writes, by kind, next to NSwag's for the same input (<c>--count-characters</c>), and how
/// long Roslyn takes to compile it in memory (<c>--compile-synthetic N</c>). Not BenchmarkDotNet: one run, printed.
/// </summary>
public static class GeneratedCharacters
{
    private const string CorpusFile = "napcat-sdk__apifox.openapi.json";

    public static void Count(string? corpusDirectory)
    {
        Report("synthetic, 1,000 operations", SyntheticExport.OpenApi(1000, 3000), "Large.Api", "LargeClient");
        var napcat = FindCorpusFile(corpusDirectory);
        if (napcat is null) Console.WriteLine($"{CorpusFile} not found: napcat-sdk skipped");
        else Report("napcat-sdk", File.ReadAllText(napcat), "Contracts.Napcat", "NapcatClient");
    }

    /// <summary>Generates the synthetic export of <paramref name="operations"/> operations and times its compilation (parse, bind, emit) in memory.</summary>
    public static void Compile(int operations, int runs)
        => Compile(Generate(SyntheticExport.OpenApi(operations, operations * 3), "Large.Api", "LargeClient"), operations + " operations", runs);

    /// <summary>Times the compilation of the generated files kept in <paramref name="directory"/> (CONTRACTS_DUMP), e.g. another version's.</summary>
    public static void CompileDirectory(string directory, int runs)
        => Compile(Directory.GetFiles(directory, "*.g.cs").Select(path => (Path.GetFileName(path), File.ReadAllText(path))).ToList(), directory, runs);

    private static void Compile(List<(string HintName, string Text)> sources, string label, int runs)
    {
        var characters = sources.Sum(source => (long)source.Text.Length);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(Contracts.IValidatable).Assembly.Location))
            .ToArray();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable);
        for (var run = 0; run < runs; run++)
        {
            var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
            var stopwatch = Stopwatch.StartNew();
            var trees = sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, parseOptions, source.HintName)).ToArray();
            var compilation = CSharpCompilation.Create("Generated", trees, references, options);
            using var peStream = new MemoryStream();
            var result = compilation.Emit(peStream);
            stopwatch.Stop();
            var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            Console.WriteLine($"{label}, {sources.Count} files, {characters:N0} characters: compiled in {stopwatch.Elapsed.TotalSeconds:F1} s " +
                $"({errors} errors, {peStream.Length:N0} bytes, load {load} before)");
            foreach (var error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)) Console.WriteLine("  " + error);
        }
    }

    private static void Report(string label, string openApi, string ns, string clientName)
    {
        var sources = Generate(openApi, ns, clientName);
        // CONTRACTS_DUMP=DIR keeps the generated files to read.
        if (Environment.GetEnvironmentVariable("CONTRACTS_DUMP") is { Length: > 0 } dump)
        {
            var directory = Path.Combine(dump, label.Split(',')[0]);
            Directory.CreateDirectory(directory);
            foreach (var source in sources) File.WriteAllText(Path.Combine(directory, source.HintName), source.Text);
        }
        var kinds = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long total = 0, indentation = 0, qualifications = 0, docComments = 0;
        foreach (var source in sources)
        {
            total += source.Text.Length;
            foreach (var line in source.Text.Split('\n'))
            {
                var trimmed = line.TrimStart(' ', '\t');
                indentation += line.Length - trimmed.Length;
                if (trimmed.StartsWith("///", StringComparison.Ordinal)) docComments += line.Length + 1;
            }
            for (var at = source.Text.IndexOf("global::", StringComparison.Ordinal); at >= 0; at = source.Text.IndexOf("global::", at + 8, StringComparison.Ordinal)) qualifications += 8;
            foreach (var (kind, length) in Kinds(source.Text, clientName)) kinds[kind] = kinds.GetValueOrDefault(kind) + length;
        }
        Console.WriteLine($"## {label}");
        Console.WriteLine($"files {sources.Count:N0}, characters {total:N0} (indentation {indentation:N0}, 'global::' {qualifications:N0}, doc comment lines {docComments:N0})");
        foreach (var (kind, length) in kinds) Console.WriteLine($"  {kind,-12} {length,14:N0}");
        string nswag;
        try { nswag = NSwagGeneration.Generate(openApi, ns, clientName).Length.ToString("N0", CultureInfo.InvariantCulture); }
        catch (Exception exception) { nswag = "failed: " + exception.GetType().Name + ": " + exception.Message; }
        Console.WriteLine($"  NSwag 14.8   {nswag}");
    }

    /// <summary>A file's characters by kind: the client, the JSON context, converters, validation, and the type declarations themselves.</summary>
    private static IEnumerable<(string Kind, int Length)> Kinds(string text, string clientName)
    {
        var root = CSharpSyntaxTree.ParseText(text).GetRoot();
        var type = root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().First();
        if (type.Identifier.Text == clientName) { yield return ("client", text.Length); yield break; }
        if (type.BaseList?.Types.Any(t => t.ToString().EndsWith("JsonSerializerContext", StringComparison.Ordinal)) == true)
        {
            yield return ("json context", text.Length);
            yield break;
        }
        var converters = 0;
        var validation = 0;
        foreach (var node in root.DescendantNodes())
        {
            if (node is ClassDeclarationSyntax { Identifier.Text: "JsonConverter" } converter) converters += converter.FullSpan.Length;
            else if (node is MethodDeclarationSyntax { Identifier.Text: "Validate" or "ValidateCore" } method && method.Parent is not ClassDeclarationSyntax { Identifier.Text: "JsonConverter" })
            {
                validation += method.FullSpan.Length;
            }
        }
        yield return ("converters", converters);
        yield return ("validation", validation);
        yield return ("types", text.Length - converters - validation);
    }

    private static List<(string HintName, string Text)> Generate(string openApi, string ns, string clientName)
    {
        var input = new SchemaFileInput("/repo/schemas/api.openapi.json", openApi, new SchemaFileOptions(ns, clientName, "Contracts.Schemas"));
        var output = ContractsGenerator.Generate(input, CancellationToken.None);
        return output.Sources.Select(source => (source.HintName, source.Text)).ToList();
    }

    private static string? FindCorpusFile(string? directory)
    {
        var candidates = new List<string>();
        if (directory is not null) candidates.Add(Path.Combine(directory, CorpusFile));
        if (Environment.GetEnvironmentVariable("CONTRACTS_TEST_DATA") is { Length: > 0 } data) candidates.Add(Path.Combine(data, "corpus", CorpusFile));
        candidates.Add(Path.Combine("tests", "data", "corpus", CorpusFile));
        candidates.Add(Path.Combine("..", "shared", "corpus", CorpusFile));
        return candidates.FirstOrDefault(File.Exists);
    }
}
