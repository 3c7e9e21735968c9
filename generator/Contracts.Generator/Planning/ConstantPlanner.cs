using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Planning;

/// <summary>Limits and defaults of a member as constants a UI can show, typed like the member when the value fits.</summary>
/// <remarks>
/// Defaults and item counts get no summary (it would only repeat the name); limits keep theirs, since the compile-time
/// analyzer (CTR6001) reads from it whether a limit came from a keyword or from prose.
/// </remarks>
internal static class ConstantPlanner
{
    /// <param name="schema">The member's schema, references resolved.</param>
    public static EquatableArray<ConstantPlan> For(Schema schema, TypeRef type, string propertyName, string prefix, string? defaultLiteral)
    {
        var constants = new List<ConstantPlan>();
        var scalar = type.WithNullable(false);
        var c = schema.Constraints;
        if (defaultLiteral is not null)
        {
            constants.Add(new ConstantPlan(scalar.Name, prefix + "Default", defaultLiteral, Summary: null, IsConst: scalar.Kind != ValueKind.Enum));
        }
        if (scalar.IsNumber)
        {
            Number(constants, scalar, prefix, c.Minimum, "Minimum", "ExclusiveMinimum");
            Number(constants, scalar, prefix, c.Maximum, "Maximum", "ExclusiveMaximum");
        }
        if (scalar.Kind == ValueKind.String)
        {
            Int(constants, prefix + "MinLength", c.MinLength, "Fewest characters (code points) in " + propertyName + ".");
            Int(constants, prefix + "MaxLength", c.MaxLength, "Most characters (code points) in " + propertyName + ".");
            if (c.Pattern is { } pattern)
            {
                constants.Add(new ConstantPlan("string", prefix + "Pattern", CSharpText.StringLiteral(pattern), "Pattern " + propertyName + " must match."));
            }
        }
        Equality(constants, scalar, c, propertyName, prefix);
        if (scalar.Kind == ValueKind.List)
        {
            Int(constants, prefix + "MinItems", c.MinItems, null);
            Int(constants, prefix + "MaxItems", c.MaxItems, null);
        }
        return constants.ToEquatableArray();
    }

    /// <summary>
    /// const, and the values of a numeric enum (string enums are types of their own), so tools and the compile-time
    /// analyzer (CTR6001) can see them: a const as a constant, the values as a read-only list.
    /// </summary>
    private static void Equality(List<ConstantPlan> constants, TypeRef type, Constraints c, string propertyName, string prefix)
    {
        if (!(type.IsNumber || type.Kind is ValueKind.String or ValueKind.Boolean)) return;
        if (c.Const is { } constant && ValueLiteral.For(type, constant) is { } literal)
        {
            constants.Add(new ConstantPlan(type.NonNullableName, prefix + "Const", literal, "The only value " + propertyName + " may hold (the schema's const)."));
        }
        if (!type.IsNumber || c.AllowedValues.IsEmpty) return;
        var literals = new List<string>();
        foreach (var allowed in c.AllowedValues)
        {
            if (ValueLiteral.For(type, allowed) is { } item) literals.Add(item);
        }
        if (literals.Count == 0) return;
        var origin = c.AllowedValuesOrigin == ConstraintOrigin.Prose ? " (stated in the description)." : ".";
        constants.Add(new ConstantPlan("global::System.Collections.Generic.IReadOnlyList<" + type.NonNullableName + ">", prefix + "AllowedValues",
            "new " + type.NonNullableName + "[] { " + string.Join(", ", literals) + " }", "The values " + propertyName + " may hold" + origin, IsConst: false));
    }

    private static void Number(List<ConstantPlan> constants, TypeRef type, string prefix, NumericBound? bound, string inclusive, string exclusive)
    {
        if (bound is null) return;
        var literal = NumberLiteral.For(bound.Literal, type.Kind);
        var typeName = type.NonNullableName;
        if (literal is null)
        {
            literal = NumberLiteral.For(bound.Literal, ValueKind.Double);
            typeName = "double";
        }
        if (literal is null) return;
        var suffix = bound.Exclusive ? exclusive : inclusive;
        constants.Add(new ConstantPlan(typeName, prefix + suffix, literal, suffix + " of " + prefix + (bound.Origin == ConstraintOrigin.Prose ? " (stated in the description)." : ".")));
    }

    private static void Int(List<ConstantPlan> constants, string name, int? value, string? summary)
    {
        if (value is { } number) constants.Add(new ConstantPlan("int", name, number.ToString(CultureInfo.InvariantCulture), summary));
    }
}
