using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Prints how an operation's path, query, header and cookie parameters reach the request (through the runtime's
/// <c>Contracts.ParameterWriter</c>, in the style the planner chose) and the check of their values before sending.
/// </summary>
internal static class ParameterEmitter
{
    private const string Http = "_Rt.ContractsHttp";
    private const string Writer = "_Rt.ParameterWriter";

    /// <summary>The escaped text that replaces the parameter's template in the path.</summary>
    public static string PathValue(FileLookups context, ParameterPlan parameter)
        => parameter.Shape == ParameterShape.Scalar && parameter.Style == ParameterStyleKind.Simple
            ? $"{Http}.EscapePathValue({Format(parameter.Type, parameter.Name)})"
            : $"{Writer}.Path({CSharpText.StringLiteral(parameter.WireName)}, {Style(parameter)}, {Bool(parameter.Explode)}, {Value(context, parameter.Type, parameter.Name, parameter.Shape)})";

    /// <summary>Appends the query parameter to <c>__query</c>, or adds the header or cookie to <c>__request</c>; nothing when the value is null.</summary>
    public static void Emit(SourceWriter writer, FileLookups context, ParameterPlan parameter)
    {
        var name = CSharpText.StringLiteral(parameter.WireName);
        switch (parameter.In)
        {
            case ParameterLocation.Query when parameter.Shape == ParameterShape.Scalar && parameter.Style == ParameterStyleKind.Form:
                WithValue(writer, parameter, (value, type) => $"{Http}.AppendQuery(__query, {name}, {Format(type, value)});");
                break;
            case ParameterLocation.Query:
                WithValue(writer, parameter, (value, type) => $"{Writer}.AppendQuery(__query, {name}, {Style(parameter)}, {Bool(parameter.Explode)}, {Value(context, type, value, parameter.Shape)});");
                break;
            case ParameterLocation.Header when parameter.Shape == ParameterShape.Scalar:
                WithValue(writer, parameter, (value, type) => $"{Http}.AddHeader(__request, {name}, {Format(type, value)});");
                break;
            case ParameterLocation.Cookie when parameter.Shape == ParameterShape.Scalar:
                WithValue(writer, parameter, (value, type) => $"{Http}.AddHeader(__request, \"Cookie\", {CSharpText.StringLiteral(parameter.WireName + "=")} + _Sys.Uri.EscapeDataString({Format(type, value)}));");
                break;
            case ParameterLocation.Header:
                WithValue(writer, parameter, (value, type) => $"{Http}.AddHeader(__request, {name}, {Writer}.Header({Bool(parameter.Explode)}, {Value(context, type, value, parameter.Shape)}));");
                break;
            case ParameterLocation.Cookie:
                WithValue(writer, parameter, (value, type) => $"{Http}.AddHeader(__request, \"Cookie\", {Writer}.Cookie({name}, {Bool(parameter.Explode)}, {Value(context, type, value, parameter.Shape)}));");
                break;
        }
    }

    /// <summary>The name of the nested class that checks an operation's parameters; null when none has anything to check.</summary>
    public static string? ValidatorName(FileLookups context, OperationPlan operation)
        => Checked(context, operation).Count == 0 ? null : "__" + operation.MethodName + "Parameters";

    /// <summary>The statement, inside the request factory, that checks the parameters when the options ask for it.</summary>
    public static void EmitCheckCall(SourceWriter writer, FileLookups context, OperationPlan operation)
    {
        if (ValidatorName(context, operation) is not { } validator) return;
        var arguments = new List<string> { OperationDescriptorEmitter.FieldName(operation) + ".DisplayName" };
        foreach (var parameter in Checked(context, operation)) arguments.Add(parameter.Name);
        writer.Line($"if ({Http}.ValidatesRequest(_options, requestOptions)) {validator}.Check({string.Join(", ", arguments)});");
    }

    /// <summary>The nested class holding the parameters' checks, with the same rules and messages as a body's Validate().</summary>
    public static void EmitValidator(SourceWriter writer, FileLookups context, OperationPlan operation)
    {
        if (ValidatorName(context, operation) is not { } validator) return;
        var parameters = Checked(context, operation);
        // Positional names: a parameter called "errors" or "valid" must not meet the checks' own locals.
        var declarations = new List<string>();
        var names = new List<string>();
        for (var i = 0; i < parameters.Count; i++)
        {
            declarations.Add($"{parameters[i].Type.Name} __p{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            names.Add("__p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        writer.Line($"/// <summary>Checks the parameters of <see cref=\"{operation.MethodName}\"/> before anything is sent.</summary>");
        writer.OpenBrace($"private static class {validator}");
        writer.OpenBrace($"internal static void Check(string __operation, {string.Join(", ", declarations)})");
        writer.Line($"if (Validate({string.Join(", ", names)}, null)) return;");
        writer.Line("var errors = new _Gen.List<_Rt.ValidationError>();");
        writer.Line($"Validate({string.Join(", ", names)}, errors);");
        writer.Line("throw new _Rt.ContractValidationException(__operation + \" parameters\", errors);");
        writer.CloseBrace();
        writer.Line();
        writer.OpenBrace($"private static bool Validate({string.Join(", ", declarations)}, _Gen.List<_Rt.ValidationError>? errors)");
        var patterns = new CheckFields();
        var checks = new TypedValueChecks(context.Unions, patterns);
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            var member = CSharpText.StringLiteral("/" + parameter.In.ToString().ToLowerInvariant() + "/" + Reading.JsonPointer.EscapeToken(parameter.WireName));
            checks.Value(writer, parameter.Type.WithNullable(false), parameter.Rules!, names[i], parameter.Type.Nullable, "\"\"", member, 0, names[i] + "Value");
        }
        writer.Line("return true;");
        writer.CloseBrace();
        patterns.Emit(writer);
        writer.CloseBrace();
        writer.Line();
    }

    /// <summary>A parameter value as the text sent on the wire (invariant culture).</summary>
    public static string Format(TypeRef type, string value) => type.Kind switch
    {
        ValueKind.String => value,
        ValueKind.Boolean => $"({value} ? \"true\" : \"false\")",
        ValueKind.Any => $"{value}.GetRawText()",
        ValueKind.Enum when type.IsIntegerEnum => $"{value}.Value.ToString(_Sys.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.Enum => $"{value}.Value",
        ValueKind.DateTimeOffset => $"{value}.ToString(\"O\", _Sys.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.Date => $"{value}.ToString(\"yyyy-MM-dd\", _Sys.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.Guid => $"{value}.ToString(\"D\")",
        ValueKind.Bytes => $"_Sys.Convert.ToBase64String({value})",
        ValueKind.Double or ValueKind.Single => $"{value}.ToString(\"R\", _Sys.Globalization.CultureInfo.InvariantCulture)",
        _ when type.IsNumber => $"{value}.ToString(_Sys.Globalization.CultureInfo.InvariantCulture)",
        _ => $"{value}.ToString() ?? \"\"",
    };

    private static List<ParameterPlan> Checked(FileLookups context, OperationPlan operation)
    {
        var checks = new TypedValueChecks(context.Unions, new CheckFields());
        var result = new List<ParameterPlan>();
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Rules is { } rules && checks.Has(parameter.Type.WithNullable(false), rules)) result.Add(parameter);
        }
        return result;
    }

    /// <summary>The value as the writer takes it: one text, the items' texts, or the members of its JSON.</summary>
    private static string Value(FileLookups context, TypeRef type, string value, ParameterShape shape)
    {
        switch (shape)
        {
            case ParameterShape.List:
                var element = type.Element!;
                var items = element.Nullable
                    ? $"_Sys.Linq.Enumerable.OfType<{element.NonNullableName}>({value})"
                    : value;
                var itemType = element.WithNullable(false);
                return itemType.Kind == ValueKind.String ? items : $"_Sys.Linq.Enumerable.Select({items}, __item => {Format(itemType, "__item")})";
            case ParameterShape.Object:
                return $"{Writer}.Members(_Json.JsonSerializer.SerializeToElement({value}, {context.TypeInfo(type.WithNullable(false))}))";
            default:
                return Format(type, value);
        }
    }

    private static void WithValue(SourceWriter writer, ParameterPlan parameter, System.Func<string, TypeRef, string> statement)
    {
        var type = parameter.Type.WithNullable(false);
        if (parameter.Required && !parameter.Type.Nullable)
        {
            writer.Line(statement(parameter.Name, type));
            return;
        }
        var local = parameter.Name.TrimStart('@') + "Value";
        writer.Line($"if ({parameter.Name} is {{ }} {local}) {statement(local, type)}");
    }

    private static string Style(ParameterPlan parameter) => "_Rt.ParameterStyle." + parameter.Style;

    private static string Bool(bool value) => value ? "true" : "false";
}
