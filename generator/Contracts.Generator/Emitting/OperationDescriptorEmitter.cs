using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits the client's ActivitySource and, per operation, the static <c>ContractsOperation</c> the runtime's exchange
/// reads: id, method, route template and accepted security.
/// </summary>
internal static class OperationDescriptorEmitter
{
    /// <summary>The static field holding the operation's descriptor, beside its method.</summary>
    public static string FieldName(OperationPlan operation) => "__" + operation.MethodName + "Operation";

    /// <summary>The public name of the client's ActivitySource and the static source itself (folder classes nested in the client share it).</summary>
    public static void EmitActivitySource(SourceWriter writer, FileLookups context)
    {
        var file = context.File;
        writer.Line("/// <summary>The name of the <see cref=\"_Sys.Diagnostics.ActivitySource\"/> this client records one span per call with.</summary>");
        writer.Line($"public const string ActivitySourceName = {CSharpText.StringLiteral(file.Namespace + "." + file.ClientName)};");
        writer.Line();
        writer.Line("private static readonly _Sys.Diagnostics.ActivitySource __activitySource = new(ActivitySourceName);");
        foreach (var scheme in file.SecuritySchemes)
        {
            writer.Line($"private static readonly _Rt.ContractsSecurityScheme {scheme.FieldName} = new({CSharpText.StringLiteral(scheme.SchemeName)}, _Rt.ContractsCredentialPlacement.{scheme.Placement}, {CSharpText.StringLiteral(scheme.ParameterName)});");
        }
    }

    public static void Emit(SourceWriter writer, FileLookups context, OperationPlan operation)
    {
        var arguments = $"{CSharpText.StringLiteral(operation.OperationId)}, {CSharpText.StringLiteral(operation.HttpMethod)}, {CSharpText.StringLiteral(operation.Path)}, __activitySource";
        if (operation.Security is not { } security)
        {
            writer.Line($"private static readonly _Rt.ContractsOperation {FieldName(operation)} = new({arguments});");
            return;
        }
        var alternatives = new System.Collections.Generic.List<string>();
        foreach (var requirement in security) alternatives.Add($"new({string.Join(", ", requirement.SchemeFields)})");
        writer.Line($"private static readonly _Rt.ContractsOperation {FieldName(operation)} = new({arguments})");
        writer.Line($"{{ Security = new _Rt.ContractsSecurityRequirement[] {{ {string.Join(", ", alternatives)} }} }};".Replace("[] {  }", "[0]"));
    }
}
