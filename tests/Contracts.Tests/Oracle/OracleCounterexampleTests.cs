using System.Linq;
using System.Text.Json.Nodes;
using Contracts.Tests.Conformance;
using Xunit;

namespace Contracts.Tests.Oracle;

/// <summary>
/// Disagreements the oracle found (shrunk by hand to their core), kept as plain tests: each was a validation gap in the
/// generated code, now fixed, and NJsonSchema agrees with the expected verdict.
/// </summary>
public sealed class OracleCounterexampleTests
{
    private static readonly (string Schema, string Instance, bool Valid)[] Cases =
    {
        // A null item was read as false (bool items) or kept as null and skipped (string items).
        ("""{"type":"object","properties":{"a":{"type":"array","items":{"type":"boolean"}}}}""", """{"a":[null]}""", false),
        ("""{"type":"object","properties":{"a":{"type":"array","items":{"type":"string"}}}}""", """{"a":["x",null]}""", false),
        ("""{"type":"object","properties":{"a":{"type":"array","items":{"type":["string","null"]}}}}""", """{"a":["x",null]}""", true),
        // null in an optional member that does not allow null read as "absent".
        ("""{"type":"object","properties":{"a":{"type":"integer"}}}""", """{"a":null}""", false),
        ("""{"type":"object","properties":{"a":{"type":["integer","null"]}}}""", """{"a":null}""", true),
        // additionalProperties: false dropped the extra member without a finding.
        ("""{"type":"object","properties":{"a":{"type":"integer"}},"additionalProperties":false}""", """{"a":1,"z":2}""", false),
        // Extra members were kept but not checked against the additionalProperties schema.
        ("""{"type":"object","properties":{"a":{"type":"integer"}},"additionalProperties":{"type":"string","maxLength":2}}""", """{"z":"abc"}""", false),
        ("""{"type":"object","properties":{"a":{"type":"integer"}},"additionalProperties":{"type":"string","maxLength":2}}""", """{"z":7}""", false),
        ("""{"type":"object","properties":{"a":{"type":"integer"}},"additionalProperties":{"type":"string","maxLength":2}}""", """{"z":"ab"}""", true),
    };

    [Fact]
    public void Each_counterexample_gets_the_verdict_NJsonSchema_gives()
    {
        using var batch = SchemaBatch.Compile(Cases.Select(c => WrappedDocument.Create(JsonNode.Parse(c.Schema), "3.0.3")).ToList());
        for (var i = 0; i < Cases.Length; i++)
        {
            var (schema, instance, valid) = Cases[i];
            Assert.True(valid == NJsonSchemaOracle.For(schema).Check(instance).Valid, $"NJsonSchema on {schema} / {instance}");
            var verdict = batch.Check(i, WrappedDocument.Instance(JsonNode.Parse(instance)));
            Assert.True(valid == verdict.Valid, $"{schema} / {instance}: expected {(valid ? "valid" : "invalid")}, got {verdict}");
        }
    }
}
