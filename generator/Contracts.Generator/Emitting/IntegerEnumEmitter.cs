using System.Linq;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits an integer enum whose values have names (x-enum-varnames, x-enumNames, x-apifox-enum) as a struct over a long:
/// named static members for the known values, unknown values kept as read (IsKnown tells them apart, Validate() reports
/// them), written back as JSON numbers.
/// </summary>
internal static class IntegerEnumEmitter
{
    public static string Emit(FilePlan file, EnumPlan plan)
    {
        var name = plan.Name;
        var writer = SourceHeader.Start(file.FilePath, file.Namespace);
        DocComments.Summary(writer, plan.Summary);
        writer.Line($"[_Json.Serialization.JsonConverter(typeof({name}.JsonConverter))]");
        if (plan.Deprecated) writer.Line(Obsolete.Attribute);
        writer.Line(SourceHeader.GeneratedCodeAttribute);
        writer.OpenBrace($"public readonly partial struct {name} : _Sys.IEquatable<{name}>");
        writer.Line("/// <summary>Wraps a value, known or not.</summary>");
        writer.Line($"public {name}(long value) => Value = value;");
        writer.Line();
        foreach (var value in plan.Values)
        {
            DocComments.Summary(writer, value.Description is { Length: > 0 } description ? description + " (" + value.Value + ")" : value.Value);
            writer.Line($"public static {name} {value.MemberName} {{ get; }} = new({value.Value}L);");
            writer.Line();
        }
        writer.Line("/// <summary>The value as sent on the wire.</summary>");
        writer.Line("public long Value { get; }");
        writer.Line();
        writer.Line("/// <summary>True when the value is one the schema lists.</summary>");
        var literals = plan.Values.Select(v => v.Value + "L").ToList();
        var many = literals.Count > CheckFields.MaxPatternAlternatives;
        writer.Line($"public bool IsKnown => {(plan.Values.IsEmpty ? "false" : many ? "s_known.Contains(Value)" : "Value is " + string.Join(" or ", literals))};");
        writer.Line();
        if (many)
        {
            writer.Line($"private static readonly _Gen.HashSet<long> s_known = new() {{ {string.Join(", ", literals)} }};");
            writer.Line();
        }
        writer.Line("/// <summary>Every value the schema lists, in schema order.</summary>");
        writer.Line($"public static _Gen.IReadOnlyList<{name}> KnownValues {{ get; }} = new {name}[] {{ {string.Join(", ", plan.Values.Select(v => v.MemberName))} }};");
        writer.Line();
        writer.Line("/// <summary>The schema's allowed values as JSON texts, for validation messages.</summary>");
        writer.Line($"internal static readonly string[] AllowedJson = new string[] {{ {string.Join(", ", plan.Values.Select(v => CSharpText.StringLiteral(v.Value)))} }};");
        writer.Line();
        writer.Line("/// <summary>Wraps a number.</summary>");
        writer.Line($"public static implicit operator {name}(long value) => new(value);");
        writer.Line();
        writer.Line("/// <summary>The wire value.</summary>");
        writer.Line($"public static implicit operator long({name} value) => value.Value;");
        writer.Line();
        ValueStructMembers.Emit(writer, name, "Value.ToString(_Sys.Globalization.CultureInfo.InvariantCulture)", $"Reads and writes <see cref=\"{name}\"/> as a JSON number.",
            "new(_Rt.JsonIntegers.ReadInt64(ref reader))", "writer.WriteNumberValue(value.Value)");
        writer.CloseBrace();
        return writer.ToString();
    }
}
