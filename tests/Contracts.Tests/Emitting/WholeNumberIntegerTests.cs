using Xunit;

namespace Contracts.Tests.Emitting;

/// <summary>An integer is a whole number however it is written (1.0, 1e2): members, items, map values and alternatives all read it.</summary>
public sealed class WholeNumberIntegerTests
{
    [Fact]
    public void Whole_numbers_with_a_fraction_or_exponent_read_as_integers_everywhere()
    {
        const string Member = """{"type":"integer","maximum":100}""";
        const string Long = """{"type":"integer","format":"int64"}""";
        const string Items = """{"type":"array","items":{"type":"integer"}}""";
        const string Map = """{"type":"object","additionalProperties":{"type":"integer","minimum":0}}""";
        const string Alternatives = """{"oneOf":[{"type":"integer"},{"type":"string"}]}""";
        const string Enum = """{"enum":[0,1]}""";
        SchemaVerdicts.Assert(
            new VerdictCase(Member, "1.0", true),
            new VerdictCase(Member, "1e2", true),
            new VerdictCase(Member, "1e3", false),
            new VerdictCase(Member, "1.5", false),
            new VerdictCase(Long, "-9.0e15", true),
            new VerdictCase(Long, "0.1", false),
            new VerdictCase(Items, "[1, 2.0, -3e0]", true),
            new VerdictCase(Items, "[1, 2.5]", false),
            new VerdictCase(Map, """{"a": 2.0}""", true),
            new VerdictCase(Map, """{"a": -2.0}""", false),
            new VerdictCase(Alternatives, "4.0", true),
            new VerdictCase(Alternatives, "4.5", false),
            new VerdictCase(Enum, "1.0", true),
            new VerdictCase(Enum, "2.0", false));
    }
}
