using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace Contracts.Tests.Conformance;

/// <summary>
/// Many wrapped schemas compiled together: each is its own schema file (own namespace and context), so a diagnostic tells
/// which schema it is about, while the whole batch costs one Roslyn compilation. <see cref="Check"/> deserialises an
/// instance with the generated context and runs Validate(); a JsonException while reading counts as invalid.
/// </summary>
public sealed class SchemaBatch : IDisposable
{
    /// <summary>The component every wrapped document's instances are read as.</summary>
    public const string RootName = "ConformanceRoot";

    private readonly CompiledAssembly _assembly;
    private readonly Func<int, string, string> _probe;
    private readonly ILookup<string, Diagnostic> _diagnosticsByPath;

    private SchemaBatch(GeneratorRun run, CompiledAssembly assembly)
    {
        Run = run;
        _assembly = assembly;
        var method = assembly.GetType("ConformanceProbe").GetMethod("Check", BindingFlags.Public | BindingFlags.Static)!;
        _probe = method.CreateDelegate<Func<int, string, string>>();
        _diagnosticsByPath = run.GeneratorDiagnostics.ToLookup(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal);
    }

    public GeneratorRun Run { get; }

    /// <param name="documents">OpenAPI documents whose components/schemas hold <see cref="RootName"/>.</param>
    public static SchemaBatch Compile(IReadOnlyList<string> documents)
    {
        var inputs = documents.Select((text, i) => new SchemaInput(PathOf(i), text, "Conformance.S" + Text(i), "S" + Text(i) + "Client"));
        var run = GeneratorHarness.Run(inputs, new[] { Probe(documents.Count), "global using System.Linq;" });
        return new SchemaBatch(run, run.Compile());
    }

    /// <summary>What the generator reported about schema <paramref name="index"/>.</summary>
    public IEnumerable<Diagnostic> DiagnosticsOf(int index) => _diagnosticsByPath[PathOf(index)];

    /// <summary>The verdict on one instance (the whole wrapped JSON, e.g. <c>{"v": …}</c>).</summary>
    public Verdict Check(int index, string instanceJson)
    {
        try
        {
            return Verdict.Parse(_probe(index, instanceJson));
        }
        catch (Exception exception)
        {
            // Only a JsonException is a verdict; anything else is a bug in the generated code, shown as such.
            return new Verdict(false, "crash: " + exception.GetType().Name + ": " + exception.Message);
        }
    }

    public void Dispose() => _assembly.Dispose();

    private static string PathOf(int index) => "/conformance/s" + Text(index) + ".openapi.json";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Probe(int count)
    {
        var source = new StringBuilder();
        source.AppendLine("public static class ConformanceProbe");
        source.AppendLine("{");
        source.AppendLine("    public static string Check(int schema, string json)");
        source.AppendLine("    {");
        source.AppendLine("        try");
        source.AppendLine("        {");
        source.AppendLine("            switch (schema)");
        source.AppendLine("            {");
        for (var i = 0; i < count; i++)
        {
            var ns = "Conformance.S" + Text(i);
            source.AppendLine($"                case {Text(i)}: return Verdict(System.Text.Json.JsonSerializer.Deserialize(json, global::{ns}.S{Text(i)}JsonContext.Default.{RootName}));");
        }
        source.AppendLine("                default: throw new System.ArgumentOutOfRangeException(nameof(schema));");
        source.AppendLine("            }");
        source.AppendLine("        }");
        source.AppendLine("        catch (System.Text.Json.JsonException exception)");
        source.AppendLine("        {");
        source.AppendLine("            return \"invalid: JsonException: \" + exception.Message;");
        source.AppendLine("        }");
        source.AppendLine("    }");
        source.AppendLine();
        source.AppendLine("    private static string Verdict(Contracts.IValidatable? value)");
        source.AppendLine("    {");
        source.AppendLine("        if (value is null) return \"invalid: null\";");
        source.AppendLine("        var errors = value.Validate();");
        source.AppendLine("        return errors.Count == 0 ? \"valid\" : \"invalid: \" + string.Join(\"; \", errors.Select(e => e.Path + \" \" + e.Keyword));");
        source.AppendLine("    }");
        source.AppendLine("}");
        return source.ToString();
    }
}
