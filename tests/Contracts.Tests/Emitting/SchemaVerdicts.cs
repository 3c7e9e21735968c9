using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Contracts.Tests.Conformance;
using Xunit;

namespace Contracts.Tests.Emitting;

/// <summary>One schema (read as the member "v" of a wrapper, as the conformance suite does), an instance of it, and the verdict expected.</summary>
public sealed record VerdictCase(string Schema, string Instance, bool Valid);

/// <summary>Compiles every distinct schema of the cases in one batch, reads each instance with the generated code and checks the verdict.</summary>
public static class SchemaVerdicts
{
    public static void Assert(params VerdictCase[] cases) => Assert("3.1.0", cases);

    public static void Assert(string openApiVersion, params VerdictCase[] cases)
    {
        var schemas = cases.Select(c => c.Schema).Distinct().ToList();
        using var batch = SchemaBatch.Compile(schemas.Select(s => WrappedDocument.Create(JsonNode.Parse(s), openApiVersion)).ToList());
        var wrong = new List<string>();
        foreach (var (schema, instance, valid) in cases)
        {
            var verdict = batch.Check(schemas.IndexOf(schema), WrappedDocument.Instance(JsonNode.Parse(instance)));
            if (verdict.Valid != valid) wrong.Add($"{schema} / {instance}: expected {(valid ? "valid" : "invalid")}, got {verdict}");
        }
        Xunit.Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
