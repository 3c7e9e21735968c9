using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>Emits the statements that put an operation's body on the request, by media type.</summary>
internal static class RequestBodyEmitter
{
    private const string Http = "_Rt.ContractsHttp";

    /// <summary>How the method takes its body: the generated type, or raw HttpContent for media types we do not encode.</summary>
    public static bool TakesTypedBody(OperationPlan operation) => operation.RequestEncoding is not (BodyEncoding.None or BodyEncoding.Raw);

    public static void Emit(SourceWriter writer, FileLookups context, OperationPlan operation)
    {
        if (operation.RequestBody is not { } body) return;
        var mediaType = operation.RequestMediaType;
        if (!TakesTypedBody(operation))
        {
            writer.Line("if (body is not null) __request.Content = body;");
            return;
        }
        if (operation.RequestEncoding == BodyEncoding.JsonNode)
        {
            writer.Line($"if (body is not null) __request.Content = new _Http.StringContent(body.ToJsonString(), _Sys.Text.Encoding.UTF8, {CSharpText.StringLiteral(mediaType!)});");
            return;
        }
        if (operation.RequestEncoding == BodyEncoding.Json)
        {
            writer.Line($"__request.Content = {Http}.JsonBody(body, {context.TypeInfo(body)}, {CSharpText.StringLiteral(mediaType!)});");
            return;
        }
        if (operation.RequestEncoding == BodyEncoding.Binary)
        {
            writer.Line($"__request.Content = {Http}.BinaryBody(body, {CSharpText.StringLiteral(mediaType!)});");
            return;
        }
        if (operation.RequestEncoding == BodyEncoding.Text)
        {
            writer.Line($"__request.Content = new _Http.StringContent(body, _Sys.Text.Encoding.UTF8, {CSharpText.StringLiteral(mediaType!)});");
            return;
        }
        var record = context.Records[body.RecordName!];
        if (operation.RequestEncoding == BodyEncoding.Multipart)
        {
            writer.Line("var __content = new _Http.MultipartFormDataContent();");
            foreach (var property in record.Properties) EachValue(writer, property, (value, type) => MultipartAdd(property, value, type));
            writer.Line($"{Http}.AddExtraFormFields(__content, body.AdditionalProperties);".Replace("body.AdditionalProperties", record.KeepsUnknownMembers ? "body.AdditionalProperties" : "null"));
            writer.Line("__request.Content = __content;");
            return;
        }
        writer.Line("var __fields = new _Gen.List<_Gen.KeyValuePair<string, string>>();");
        foreach (var property in record.Properties)
        {
            EachValue(writer, property, (value, type) => $"__fields.Add(new _Gen.KeyValuePair<string, string>({CSharpText.StringLiteral(property.JsonName)}, {FormText(type, value)}));");
        }
        if (record.KeepsUnknownMembers) writer.Line($"{Http}.AddExtraFormFields(__fields, body.AdditionalProperties);");
        writer.Line("__request.Content = new _Http.FormUrlEncodedContent(__fields);");
    }

    /// <summary>Calls <paramref name="add"/> for the member's value, or for each item when it is a list of scalars or files.</summary>
    private static void EachValue(SourceWriter writer, PropertyPlan property, System.Func<string, TypeRef, string> add)
    {
        var local = property.LocalName;
        var type = property.Type.WithNullable(false);
        writer.OpenBrace($"if (body.{property.Name} is {{ }} {local})");
        if (type.Kind == ValueKind.List && type.Element!.Kind is not (ValueKind.Record or ValueKind.Map or ValueKind.List or ValueKind.Any or ValueKind.Union))
        {
            writer.OpenBrace($"foreach (var __item in {local})");
            writer.Line(add("__item", type.Element.WithNullable(false)));
            writer.CloseBrace();
        }
        else
        {
            writer.Line(add(local, type));
        }
        writer.CloseBrace();
    }

    private static string MultipartAdd(PropertyPlan property, string value, TypeRef type)
        => type.Kind == ValueKind.File
            ? $"__content.Add({Http}.FilePart({value}), {CSharpText.StringLiteral(property.JsonName)}, {value}.FileName);"
            : $"__content.Add(new _Http.StringContent({FormText(type, value)}, _Sys.Text.Encoding.UTF8), {CSharpText.StringLiteral(property.JsonName)});";

    /// <summary>A form field's text: scalars as written in a query string, structured values as JSON.</summary>
    private static string FormText(TypeRef type, string value) => type.Kind switch
    {
        ValueKind.String => value,
        ValueKind.Enum when type.IsIntegerEnum => value + ".Value.ToString(_Sys.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.Enum => value + ".Value",
        ValueKind.Boolean => $"({value} ? \"true\" : \"false\")",
        ValueKind.Double or ValueKind.Single => $"{value}.ToString(\"R\", _Sys.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal => $"{value}.ToString(_Sys.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.DateTimeOffset => $"{value}.ToString(\"O\", _Sys.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.Guid => $"{value}.ToString(\"D\")",
        ValueKind.Bytes => $"_Sys.Convert.ToBase64String({value})",
        ValueKind.File => $"{value}.FileName",
        _ => $"_Rt.JsonElementConversion.Write({value}, {JsonReadWriteCode.Converter(type)}).GetRawText()",
    };
}
