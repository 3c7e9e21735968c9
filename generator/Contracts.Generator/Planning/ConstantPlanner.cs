using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Planning;

/// <summary>Limits and defaults of a member as constants a UI can show, typed like the member when the value fits.</summary>
/// <remarks>
/// A constant's summary would only repeat its name, so only limits stated in prose get one: the compile-time analyzer
/// (CTR6001) reads from it that the limit came from the description, and takes an undocumented one for a keyword's.
/// </remarks>
internal static class ConstantPlanner
{
    /// <summary>How a prose limit's summary ends; the analyzer looks for it.</summary>
    public const string FromProse = " (stated in the description).";

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
            Int(constants, prefix + "MinLength", c.MinLength, null);
            Int(constants, prefix + "MaxLength", c.MaxLength, null);
            if (c.Pattern is { } pattern)
            {
                constants.Add(new ConstantPlan("string", prefix + "Pattern", CSharpText.StringLiteral(pattern), null));
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
            constants.Add(new ConstantPlan(type.NonNullableName, prefix + "Const", literal, null));
        }
        if (!type.IsNumber || c.AllowedValues.IsEmpty) return;
        var literals = new List<string>();
        foreach (var allowed in c.AllowedValues)
        {
            if (ValueLiteral.For(type, allowed) is { } item) literals.Add(item);
        }
        if (literals.Count == 0) return;
        var summary = c.AllowedValuesOrigin == ConstraintOrigin.Prose ? "The values " + propertyName + " may hold" + FromProse : null;
        constants.Add(new ConstantPlan("_Gen.IReadOnlyList<" + type.NonNullableName + ">", prefix + "AllowedValues",
            "new " + type.NonNullableName + "[] { " + string.Join(", ", literals) + " }", summary, IsConst: false));
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
        constants.Add(new ConstantPlan(typeName, prefix + suffix, literal, bound.Origin == ConstraintOrigin.Prose ? suffix + " of " + prefix + FromProse : null));
    }

    private static void Int(List<ConstantPlan> constants, string name, int? value, string? summary)
    {
        if (value is { } number) constants.Add(new ConstantPlan("int", name, number.ToString(CultureInfo.InvariantCulture), summary));
    }
}
