using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits a string enum as a struct over its string value: known values are static members, unknown values read from a
/// server are kept (IsKnown tells them apart, Validate() reports them), so a new server value never breaks reading.
/// </summary>
internal static class EnumEmitter
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
        writer.Line("private readonly string? _value;");
        writer.Line();
        writer.Line("/// <summary>Wraps a value, known or not.</summary>");
        writer.Line($"public {name}(string value) => _value = value ?? throw new _Sys.ArgumentNullException(nameof(value));");
        writer.Line();
        foreach (var value in plan.Values)
        {
            DocComments.Summary(writer, value.Description is { Length: > 0 } description ? description + " (" + value.Value + ")" : value.Value);
            writer.Line($"public static {name} {value.MemberName} {{ get; }} = new({CSharpText.StringLiteral(value.Value)});");
            writer.Line();
        }
        writer.Line("/// <summary>The value as sent on the wire.</summary>");
        writer.Line("public string Value => _value ?? \"\";");
        writer.Line();
        writer.Line("/// <summary>True when the value is one the schema lists.</summary>");
        var literals = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(plan.Values, v => CSharpText.StringLiteral(v.Value)));
        var many = literals.Count > CheckFields.MaxPatternAlternatives;
        var known = plan.Values.IsEmpty ? "false" : many ? "s_known.Contains(Value)" : "Value is " + string.Join(" or ", literals);
        writer.Line($"public bool IsKnown => {known};");
        writer.Line();
        if (many)
        {
            writer.Line(CheckFields.SetField("s_known", "string", literals));
            writer.Line();
        }
        writer.Line("/// <summary>Every value the schema lists, in schema order.</summary>");
        writer.Line($"public static _Gen.IReadOnlyList<{name}> KnownValues {{ get; }} = new {name}[] {{ {string.Join(", ", System.Linq.Enumerable.Select(plan.Values, v => v.MemberName))} }};");
        writer.Line();
        writer.Line("/// <summary>The schema's allowed values as JSON texts, for validation messages.</summary>");
        writer.Line($"internal static readonly string[] AllowedJson = new string[] {{ {string.Join(", ", System.Linq.Enumerable.Select(plan.Values, v => CSharpText.StringLiteral(Reading.Json.JsonCompactWriter.Quote(v.Value))))} }};");
        writer.Line();
        writer.Line("/// <summary>Wraps a string value.</summary>");
        writer.Line($"public static implicit operator {name}(string value) => new(value);");
        writer.Line();
        writer.Line("/// <summary>The wire value.</summary>");
        writer.Line($"public static implicit operator string({name} value) => value.Value;");
        writer.Line();
        ValueStructMembers.Emit(writer, name, "Value", $"Reads and writes <see cref=\"{name}\"/> as a JSON string.",
            "new(reader.GetString()!)", "writer.WriteStringValue(value.Value)");
        writer.CloseBrace();
        return writer.ToString();
    }
}
