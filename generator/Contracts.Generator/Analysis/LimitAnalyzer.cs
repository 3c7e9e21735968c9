using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Contracts.Generator.Analysis;

/// <summary>
/// Reports, at compile time, a constant written into a generated member that its schema's limits refuse (CTR6001):
/// property sets in object initialisers, <c>with</c> expressions and plain assignments, constructor arguments, and
/// string literals converted to a generated string enum that lists no such value. It reads only what the generator
/// emitted (the limit constants and the enum's values), so it works on whatever the generator produced.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LimitAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// Diagnostic property naming the constant that is the nearest valid value (Type.NumOutputsMaximum, or the only one,
    /// Type.KindConst; the type fully qualified), set for inclusive ranges and const only; the code fix replaces the
    /// literal with it.
    /// </summary>
    public const string NearestLimitProperty = "ContractsNearestLimit";

    private static readonly DiagnosticDescriptor Rule = DiagnosticId.ConstantBreaksLimit.ToDescriptor();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var attribute = context.Compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
        if (attribute is null) return;
        // One table per type for the whole compilation; null marks a type that is not generated, so it costs one lookup.
        var tables = new ConcurrentDictionary<INamedTypeSymbol, GeneratedTypeLimits?>(SymbolEqualityComparer.Default);
        GeneratedTypeLimits? Limits(ITypeSymbol? type, System.Threading.CancellationToken cancellationToken)
        {
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named) return null;
            var key = named.OriginalDefinition;
            // Looked up first, so a hit allocates nothing; a race reads a type twice, and either table is the same.
            return tables.TryGetValue(key, out var known) ? known : tables.GetOrAdd(key, GeneratedTypeLimits.Read(key, attribute, cancellationToken));
        }

        context.RegisterOperationAction(c => Assignment(c, Limits), OperationKind.SimpleAssignment);
        context.RegisterOperationAction(c => Argument(c, Limits), OperationKind.Argument);
        context.RegisterOperationAction(c => Conversion(c, Limits), OperationKind.Conversion);
    }

    private delegate GeneratedTypeLimits? LimitsOf(ITypeSymbol? type, System.Threading.CancellationToken cancellationToken);

    // Object initialisers, with expressions and plain sets: `NumOutputs = 9`.
    private static void Assignment(OperationAnalysisContext context, LimitsOf limitsOf)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { IsStatic: false } property }) return;
        if (limitsOf(property.ContainingType, context.CancellationToken) is not { } limits) return;
        Check(context, limits, property.ContainingType, property.Name, assignment.Value);
    }

    // Constructor arguments: a generated record's parameter names its property.
    private static void Argument(OperationAnalysisContext context, LimitsOf limitsOf)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter) return;
        if (limitsOf(constructor.ContainingType, context.CancellationToken) is not { } limits) return;
        if (limits.IsStringEnum)
        {
            CheckEnum(context, limits, constructor.ContainingType, argument.Value);
            return;
        }
        foreach (var member in constructor.ContainingType.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false } property
                && string.Equals(property.Name, parameter.Name, System.StringComparison.OrdinalIgnoreCase))
            {
                Check(context, limits, constructor.ContainingType, property.Name, argument.Value);
                return;
            }
        }
    }

    // A string converted to a generated string enum: `Status = "sucess"`.
    private static void Conversion(OperationAnalysisContext context, LimitsOf limitsOf)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (conversion.OperatorMethod is not { ContainingType: { } enumType }) return;
        if (limitsOf(enumType, context.CancellationToken) is not { IsStringEnum: true } limits) return;
        CheckEnum(context, limits, enumType, conversion.Operand);
    }

    private static void Check(OperationAnalysisContext context, GeneratedTypeLimits limits, INamedTypeSymbol type, string propertyName, IOperation value)
    {
        var memberLimits = limits.For(propertyName);
        if (memberLimits.IsEmpty || ConstantOf(value) is not { } constant) return;
        foreach (var limit in memberLimits)
        {
            if (!LimitCheck.Breaks(limit, constant.Value)) continue;
            var properties = limit.Kind is LimitKind.Minimum or LimitKind.Maximum or LimitKind.Const && Fits(limit.ConstantType, value.Type)
                ? ImmutableDictionary<string, string?>.Empty.Add(NearestLimitProperty, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + limit.ConstantName)
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(Rule, constant.Operation.Syntax.GetLocation(), properties,
                propertyName, Show(constant.Value), Describe(limit), limit.Origin));
            return;
        }
    }

    // Whether the limit's constant can stand where the literal was (not a double limit in an int member).
    private static bool Fits(SpecialType constantType, ITypeSymbol? target)
    {
        if (target is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) target = nullable.TypeArguments[0];
        return target is not null && (target.SpecialType == constantType
            || (target.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Int64 && constantType is SpecialType.System_Int32)
            || (target.SpecialType is SpecialType.System_Double && constantType is SpecialType.System_Int64 or SpecialType.System_Single));
    }

    private static void CheckEnum(OperationAnalysisContext context, GeneratedTypeLimits limits, INamedTypeSymbol enumType, IOperation value)
    {
        if (limits.KnownValues.IsEmpty || ConstantOf(value) is not { Value: string text } constant) return;
        if (limits.KnownValues.Contains(text)) return;
        var known = string.Join(", ", limits.KnownValues.Select(v => "\"" + v + "\""));
        context.ReportDiagnostic(Diagnostic.Create(Rule, constant.Operation.Syntax.GetLocation(),
            enumType.Name, Show(text), "the values the schema lists (" + known + ")", "the schema's enum"));
    }

    /// <summary>
    /// The constant an operation stands for, looking through the implicit conversions between it and the member
    /// (int to int?, int to double); null for anything not constant.
    /// </summary>
    private static (IOperation Operation, object Value)? ConstantOf(IOperation value)
    {
        var current = value;
        while (true)
        {
            if (current.ConstantValue is { HasValue: true, Value: { } constant }) return (current, constant);
            if (current is IConversionOperation { OperatorMethod: null } conversion) current = conversion.Operand;
            else return null;
        }
    }

    private static string Describe(MemberLimit limit) => limit.Kind switch
    {
        LimitKind.Minimum => "the minimum " + Show(limit.Value),
        LimitKind.Maximum => "the maximum " + Show(limit.Value),
        LimitKind.ExclusiveMinimum => "the exclusive minimum " + Show(limit.Value) + " (it must be greater)",
        LimitKind.ExclusiveMaximum => "the exclusive maximum " + Show(limit.Value) + " (it must be less)",
        LimitKind.MinLength => "the minimum length of " + Show(limit.Value) + " code points",
        LimitKind.MaxLength => "the maximum length of " + Show(limit.Value) + " code points",
        LimitKind.Const => "the only value allowed, " + Show(limit.Value),
        LimitKind.AllowedValues => "the values the schema lists ("
            + string.Join(", ", ((ImmutableArray<object>)limit.Value).Select(Show)) + ")",
        _ => "the pattern " + Show(limit.Value),
    } + " (" + limit.ConstantName + ")";

    private static string Show(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        string text => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        System.IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
