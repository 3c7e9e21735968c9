using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Contracts.Generator.Analysis;

/// <summary>
/// What the analyzer knows about one generated type, read from its symbol once: the limits of each property (from the
/// XMinimum, XMaxLength, … constants the record emitter writes) or, for a string enum struct, its known values.
/// </summary>
internal sealed class GeneratedTypeLimits
{
    private static readonly LimitKind[] Kinds =
    {
        LimitKind.Minimum, LimitKind.Maximum, LimitKind.ExclusiveMinimum, LimitKind.ExclusiveMaximum,
        LimitKind.MinLength, LimitKind.MaxLength, LimitKind.Pattern,
    };

    // Every suffix the planner reserves when it picks a constant prefix free of clashes (TypePlanner.ConstantSuffixes).
    private static readonly string[] ReservedSuffixes =
    {
        "Default", "Minimum", "Maximum", "ExclusiveMinimum", "ExclusiveMaximum", "MinLength", "MaxLength", "Pattern",
        "MinItems", "MaxItems", "AllowedValues", "Const",
    };

    private static readonly ImmutableArray<MemberLimit> NoLimits = ImmutableArray<MemberLimit>.Empty;

    private readonly INamedTypeSymbol _type;
    private readonly Dictionary<string, ImmutableArray<MemberLimit>> _byProperty = new(StringComparer.Ordinal);

    private GeneratedTypeLimits(INamedTypeSymbol type, ImmutableArray<string> knownValues)
    {
        _type = type;
        KnownValues = knownValues;
    }

    /// <summary>For a string enum struct, the values the schema lists; default (not empty) for other types.</summary>
    public ImmutableArray<string> KnownValues { get; }

    public bool IsStringEnum => !KnownValues.IsDefault;

    /// <summary>Reads a generated record or string enum; null for other types, so callers skip them at once.</summary>
    public static GeneratedTypeLimits? Read(INamedTypeSymbol type, INamedTypeSymbol? generatedCodeAttribute, CancellationToken cancellationToken)
    {
        if (!IsGenerated(type, generatedCodeAttribute)) return null;
        var knownValues = type.TypeKind == TypeKind.Struct ? StringEnumValues(type, cancellationToken) : default;
        var limits = new GeneratedTypeLimits(type, knownValues);
        if (!limits.IsStringEnum)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol property && !property.IsStatic)
                {
                    var found = limits.ReadProperty(property.Name, cancellationToken);
                    if (!found.IsEmpty) limits._byProperty[property.Name] = found;
                }
            }
        }
        return limits;
    }

    /// <summary>The limits of a property; empty when it has none.</summary>
    public ImmutableArray<MemberLimit> For(string propertyName)
        => _byProperty.TryGetValue(propertyName, out var limits) ? limits : NoLimits;

    private static bool IsGenerated(INamedTypeSymbol type, INamedTypeSymbol? generatedCodeAttribute)
    {
        if (generatedCodeAttribute is null) return false;
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, generatedCodeAttribute)
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is "Contracts.Generator")
            {
                return true;
            }
        }
        return false;
    }

    private ImmutableArray<MemberLimit> ReadProperty(string propertyName, CancellationToken cancellationToken)
    {
        var prefix = ConstantPrefix(propertyName);
        var builder = ImmutableArray.CreateBuilder<MemberLimit>();
        string? summary = null;
        foreach (var kind in Kinds)
        {
            var name = prefix + kind;
            if (Constant(name) is not { } field) continue;
            var documentation = DeclarationText.Of(field, cancellationToken);
            // Only a limit from prose is documented; one declared in source without a word is a keyword's.
            var source = documentation.IndexOf("(stated in the description)", StringComparison.Ordinal) >= 0 ? LimitSource.Description
                : documentation.Length == 0 && field.DeclaringSyntaxReferences.IsEmpty ? LimitSource.Unknown
                : LimitSource.Keyword;
            var clause = "";
            if (source == LimitSource.Description && LimitCheck.AsDouble(field.ConstantValue) is { } number)
            {
                summary ??= DeclarationText.Summary(DeclarationText.Of(PropertyNamed(propertyName)!, cancellationToken));
                clause = ProseClause.Find(summary, kind, number);
            }
            builder.Add(new MemberLimit(kind, field.ConstantValue!, name, field.Type.SpecialType, source, clause));
        }
        if (Constant(prefix + "Const") is { } constant)
        {
            builder.Add(new MemberLimit(LimitKind.Const, constant.ConstantValue!, prefix + "Const", constant.Type.SpecialType, LimitSource.Keyword, ""));
        }
        if (ListedValues(prefix + "AllowedValues", cancellationToken) is { } listed)
        {
            var documentation = DeclarationText.Of(listed.Field, cancellationToken);
            var source = documentation.IndexOf("(stated in the description)", StringComparison.Ordinal) >= 0 ? LimitSource.Description : LimitSource.Keyword;
            builder.Add(new MemberLimit(LimitKind.AllowedValues, listed.Values, prefix + "AllowedValues", SpecialType.None, source, ""));
        }
        return builder.ToImmutable();
    }

    /// <summary>
    /// The prefix the planner gave this property's constants: its name, unless a member of another kind took one of the
    /// names (then NameLimit, NameLimit3, …, as TypePlanner.ConstantPrefix picks them).
    /// </summary>
    private string ConstantPrefix(string propertyName)
    {
        for (var attempt = 1; attempt < 10; attempt++)
        {
            var prefix = attempt == 1 ? propertyName : propertyName + "Limit" + (attempt == 2 ? "" : attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var free = true;
            foreach (var suffix in ReservedSuffixes)
            {
                foreach (var member in _type.GetMembers(prefix + suffix))
                {
                    free &= member is IFieldSymbol { IsStatic: true };
                }
            }
            if (free) return prefix;
        }
        return propertyName;
    }

    private IFieldSymbol? Constant(string name)
    {
        foreach (var member in _type.GetMembers(name))
        {
            if (member is IFieldSymbol { IsConst: true, HasConstantValue: true, ConstantValue: not null } field) return field;
        }
        return null;
    }

    /// <summary>
    /// The values of a numeric enum as the record emitter writes them (<c>XAllowedValues = new int[] { 1, 2, 4 }</c>), read
    /// from the initialiser; null when there is none, or when its source is not in this compilation.
    /// </summary>
    private (IFieldSymbol Field, ImmutableArray<object> Values)? ListedValues(string name, CancellationToken cancellationToken)
    {
        foreach (var member in _type.GetMembers(name))
        {
            if (member is not IFieldSymbol { IsStatic: true, IsReadOnly: true } field) continue;
            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value }) continue;
                var initializer = value switch
                {
                    ArrayCreationExpressionSyntax array => array.Initializer,
                    ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer,
                    _ => null,
                };
                if (initializer is null) return null;
                var values = ImmutableArray.CreateBuilder<object>();
                foreach (var item in initializer.Expressions)
                {
                    if (NumberOf(item) is not { } number) return null;
                    values.Add(number);
                }
                return (field, values.ToImmutable());
            }
        }
        return null;
    }

    /// <summary>A numeric literal, negative ones included; null for anything else.</summary>
    private static object? NumberOf(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax { Token.Value: { } value } when LimitCheck.AsDouble(value) is not null => value,
        PrefixUnaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { Token.Value: { } value } } => Negate(value),
        _ => null,
    };

    private static object? Negate(object value) => value switch
    {
        int i => -i,
        long l => -l,
        double d => -d,
        float f => -f,
        decimal m => -m,
        uint u => -(long)u,
        ulong u when u <= long.MaxValue => -(long)u,
        _ => null,
    };

    private IPropertySymbol? PropertyNamed(string name)
    {
        foreach (var member in _type.GetMembers(name))
        {
            if (member is IPropertySymbol property) return property;
        }
        return null;
    }

    /// <summary>
    /// The values of a string enum struct as the enum emitter writes it (IsKnown =&gt; Value is "a" or "b"); default when
    /// the struct is not one, or when its source is not in this compilation (a referenced assembly keeps no initialisers).
    /// </summary>
    private static ImmutableArray<string> StringEnumValues(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var hasStringConversion = false;
        foreach (var member in type.GetMembers("op_Implicit"))
        {
            hasStringConversion |= member is IMethodSymbol { Parameters.Length: 1 } method
                && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                && SymbolEqualityComparer.Default.Equals(method.ReturnType, type);
        }
        if (!hasStringConversion) return default;
        foreach (var member in type.GetMembers("IsKnown"))
        {
            if (member is not IPropertySymbol { IsStatic: false, Type.SpecialType: SpecialType.System_Boolean } property) continue;
            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not PropertyDeclarationSyntax { ExpressionBody: { } body }) continue;
                var values = ImmutableArray.CreateBuilder<string>();
                foreach (var node in body.Expression.DescendantNodesAndSelf())
                {
                    if (node is LiteralExpressionSyntax literal && literal.Token.Value is string text) values.Add(text);
                }
                return values.ToImmutable();
            }
        }
        return default;
    }
}
