using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits an operation's response reader, the synchronous part the runtime's one exchange
/// (<c>ContractsHttp.ExchangeAsync</c>) calls once the body is read: each declared success status read as its own type
/// (JSON through the generated context, text as string, anything else as bytes), declared error bodies as
/// ApiException&lt;T&gt;, the rest as ApiException.
/// </summary>
internal static class ResponseEmitter
{
    /// <summary>The reader's name, beside the operation's method.</summary>
    public static string ReaderName(OperationPlan operation) => "__Read" + operation.MethodName;

    /// <summary>
    /// The runtime's reader when the operation needs none of its own (no declared errors; every success the one JSON
    /// body type, or none and no result), else null: one call instead of a method per operation.
    /// </summary>
    public static string? SharedReader(FileLookups context, OperationPlan operation)
    {
        if (operation.Shape != SuccessShape.Value || !operation.Errors.IsEmpty) return null;
        var result = operation.ResultType;
        if (result?.RecordName is { } resultName && context.Results.ContainsKey(resultName)) return null;
        ResponsePlan? firstWithBody = null;
        foreach (var response in operation.Responses)
        {
            if (!response.IsSuccess) continue;
            if (response.Body is null && result is not null) return null;
            firstWithBody ??= response.Body is not null ? response : null;
        }
        if (result is null) return firstWithBody is null ? "_Rt.ContractsHttp.ExpectSuccess" : null;
        if (firstWithBody?.Body is not { } body || body.Name != result.Name) return null;
        if (!firstWithBody.IsJson && body.Kind is ValueKind.String or ValueKind.Bytes) return null;
        return $"_Rt.ContractsHttp.ReadJson({context.TypeInfo(body)})";
    }

    /// <summary>The reader the exchange calls: the runtime's when it serves, else the operation's own.</summary>
    public static string Reader(FileLookups context, OperationPlan operation) => SharedReader(context, operation) ?? ReaderName(operation);

    public static void Emit(SourceWriter writer, FileLookups context, OperationPlan operation)
    {
        var result = operation.ResultType;
        writer.OpenBrace($"private static {ExchangeEmitter.ReaderReturnType(operation)} {ReaderName(operation)}(_Rt.ContractsResponse __response)");
        writer.Line("var __status = __response.Status;");
        foreach (var error in operation.Errors) EmitError(writer, context, error);
        if (operation.Shape != SuccessShape.Value)
        {
            writer.Line($"if (__status >= 200 && __status < 300) return {StreamedSuccess(context, operation)};");
            writer.Line("throw __response.Unexpected();");
            writer.CloseBrace();
            return;
        }
        var resultPlan = result?.RecordName is { } resultName && context.Results.TryGetValue(resultName, out var found) ? found : null;
        ResponsePlan? firstWithBody = null;
        foreach (var response in operation.Responses)
        {
            if (!response.IsSuccess) continue;
            firstWithBody ??= response.Body is not null ? response : null;
            // One body type for every success: only statuses without a body need their own branch.
            if (resultPlan is null && (response.Body is not null || result is null)) continue;
            writer.OpenBrace($"if (__status == {response.StatusCode.ToString(CultureInfo.InvariantCulture)})");
            EmitSuccess(writer, context, result, resultPlan, response);
            writer.CloseBrace();
        }
        // Every other success status (the declared ones, and any the schema does not list) reads the one body type.
        writer.OpenBrace("if (__status >= 200 && __status < 300)");
        if (resultPlan is not null) writer.Line($"return new {result!.Name}(__status);");
        else if (firstWithBody is not null) EmitSuccess(writer, context, result, null, firstWithBody);
        else writer.Line(result is null ? "return;" : "return default!;");
        writer.CloseBrace();
        writer.Line("throw __response.Unexpected();");
        writer.CloseBrace();
    }

    private static void EmitSuccess(SourceWriter writer, FileLookups context, TypeRef? result, ResultPlan? resultPlan, ResponsePlan response)
    {
        if (response.Body is not { } type)
        {
            writer.Line(result is null ? "return;" : resultPlan is not null ? $"return new {result.Name}(__status);" : "return default!;");
            return;
        }
        var value = Body(context, type, response.IsJson);
        if (resultPlan is not null) writer.Line($"return new {result!.Name}(__status) {{ {ResultEmitter.MemberName(response.StatusCode)} = {value} }};");
        else writer.Line($"return {value};");
    }

    private static void EmitError(SourceWriter writer, FileLookups context, ErrorPlan error)
    {
        var condition = error.IsDefault ? "__status < 200 || __status >= 300"
            : error.From == error.To ? $"__status == {error.From.ToString(CultureInfo.InvariantCulture)}"
            : $"__status >= {error.From.ToString(CultureInfo.InvariantCulture)} && __status <= {error.To.ToString(CultureInfo.InvariantCulture)}";
        writer.Line($"if ({condition}) throw __response.Error({context.TypeInfo(error.Body)});");
    }

    /// <summary>The success of a streamed operation handed over: the file, or the events or lines read as the item type.</summary>
    private static string StreamedSuccess(FileLookups context, OperationPlan operation)
    {
        var typeInfo = operation.StreamItem is { } item ? context.TypeInfo(item) : "";
        return operation.Shape switch
        {
            SuccessShape.File => "__response.File()",
            SuccessShape.EventStream => $"__response.EventStream({typeInfo})",
            _ => $"__response.JsonLines({typeInfo})",
        };
    }

    /// <summary>The body read as the type the response declares.</summary>
    private static string Body(FileLookups context, TypeRef type, bool isJson)
    {
        if (!isJson && type.Kind is ValueKind.String or ValueKind.Bytes)
        {
            return type.Kind == ValueKind.String ? "__response.Text()" : "__response.Body";
        }
        return $"__response.Json({context.TypeInfo(type)})";
    }
}
