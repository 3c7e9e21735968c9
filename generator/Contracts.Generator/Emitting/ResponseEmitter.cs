using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits the status dispatch after sending: each declared success status read as its own type (JSON through the
/// generated context, text as string, anything else as bytes), declared error bodies as ApiException&lt;T&gt;, the rest as ApiException.
/// </summary>
internal static class ResponseEmitter
{
    private const string Http = "global::Contracts.ContractsHttp";

    public static void Emit(SourceWriter writer, FileLookups context, OperationPlan operation)
    {
        writer.Line("var __status = (int)__response.StatusCode;");
        var result = operation.ResultType;
        var resultPlan = result?.RecordName is { } resultName && context.Results.TryGetValue(resultName, out var found) ? found : null;
        ResponsePlan? firstWithBody = null;
        foreach (var response in operation.Responses)
        {
            if (!response.IsSuccess)
            {
                EmitError(writer, context, response);
                continue;
            }
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
        writer.Line($"throw await {Http}.CreateApiExceptionAsync(__response, _options.MaxResponseBytes, __operation, cancellationToken).ConfigureAwait(false);");
    }

    private static void EmitSuccess(SourceWriter writer, FileLookups context, TypeRef? result, ResultPlan? resultPlan, ResponsePlan response)
    {
        if (response.Body is not { } type)
        {
            writer.Line(result is null ? "return;" : resultPlan is not null ? $"return new {result.Name}(__status);" : "return default!;");
            return;
        }
        ReadBody(writer, context, type, response.MediaType);
        if (resultPlan is not null) writer.Line($"return new {result!.Name}(__status) {{ {ResultEmitter.MemberName(response.StatusCode)} = __value }};");
        else writer.Line("return __value;");
    }

    private static void EmitError(SourceWriter writer, FileLookups context, ResponsePlan response)
    {
        if (response.Body is not { } errorType || !MediaTypes.IsJson(response.MediaType)) return;
        var condition = response.StatusCode == 0 ? "__status < 200 || __status >= 300" : $"__status == {response.StatusCode.ToString(CultureInfo.InvariantCulture)}";
        writer.OpenBrace($"if ({condition})");
        writer.Line($"var __bytes = await {Http}.ReadBodyAsync(__response, _options.MaxResponseBytes, __operation, cancellationToken).ConfigureAwait(false);");
        writer.Line($"{errorType.Name}? __error = default;");
        writer.Line($"try {{ __error = global::System.Text.Json.JsonSerializer.Deserialize(__bytes, {context.TypeInfo(errorType)}); }}");
        writer.Line("catch (global::System.Text.Json.JsonException) { }");
        writer.Line($"if (__error is not null) throw new global::Contracts.ApiException<{errorType.Name}>(__operation, __response.StatusCode, __response.ReasonPhrase, {Http}.CollectHeaders(__response), global::System.Text.Encoding.UTF8.GetString(__bytes), __error{(errorType.IsValueType ? ".Value" : "")});");
        writer.Line($"throw new global::Contracts.ApiException(__operation, __response.StatusCode, __response.ReasonPhrase, {Http}.CollectHeaders(__response), global::System.Text.Encoding.UTF8.GetString(__bytes));");
        writer.CloseBrace();
    }

    /// <summary>Declares <c>value</c>, read from the body as the type the response declares.</summary>
    private static void ReadBody(SourceWriter writer, FileLookups context, TypeRef type, string mediaType)
    {
        writer.Line($"var __bytes = await {Http}.ReadBodyAsync(__response, _options.MaxResponseBytes, __operation, cancellationToken).ConfigureAwait(false);");
        if (!MediaTypes.IsJson(mediaType) && type.Kind is ValueKind.String or ValueKind.Bytes)
        {
            writer.Line(type.Kind == ValueKind.String ? "var __value = global::System.Text.Encoding.UTF8.GetString(__bytes);" : "var __value = __bytes;");
            return;
        }
        writer.Line($"{type.Name} __value;");
        writer.OpenBrace("try");
        // Responses are read leniently: a missing required member becomes a finding of Validate(), not an exception.
        if (type.IsValueType)
        {
            // A value type cannot be null: JSON null either fails to read or is a value (JsonElement of kind Null).
            writer.Line($"__value = global::System.Text.Json.JsonSerializer.Deserialize(__bytes, {context.TypeInfo(type)});");
        }
        else
        {
            writer.Line($"__value = global::System.Text.Json.JsonSerializer.Deserialize(__bytes, {context.TypeInfo(type)})");
            writer.Line($"    ?? throw {Http}.InvalidBody(__response, __operation, __bytes, new global::System.Text.Json.JsonException(\"The response body is JSON null.\"));");
        }
        writer.CloseBrace();
        writer.OpenBrace("catch (global::System.Text.Json.JsonException __exception)");
        writer.Line($"throw {Http}.InvalidBody(__response, __operation, __bytes, __exception);");
        writer.CloseBrace();
    }
}
