using System.Collections.Generic;
using System.Text;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Naming;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits the HttpClient-based client: one async method per operation that validates the request before sending,
/// sends the API key as a bearer token, reads success bodies through the generated context and raises typed errors.
/// </summary>
internal static class ClientEmitter
{
    private const string Http = "_Rt.ContractsHttp";

    public static string Emit(FileLookups context)
    {
        var file = context.File;
        var writer = SourceHeader.Start(file.FilePath, file.Namespace);
        writer.Line("/// <summary>");
        foreach (var line in CSharpText.XmlDocLines(file.Title)) writer.Line("/// " + line);
        writer.Line("/// <para>Give it an <see cref=\"_Http.HttpClient\"/> whose BaseAddress is the API root; you own the client's lifetime.</para>");
        writer.Line("/// </summary>");
        writer.Line(SourceHeader.GeneratedCodeAttribute);
        writer.OpenBrace($"public sealed partial class {file.ClientName} : {file.InterfaceName}");
        writer.Line("private readonly _Http.HttpClient _httpClient;");
        writer.Line("private readonly _Rt.ContractsClientOptions _options;");
        writer.Line();
        OperationDescriptorEmitter.EmitActivitySource(writer, context);
        writer.Line();
        writer.Line("/// <summary>Creates the client over <paramref name=\"httpClient\"/>; <paramref name=\"options\"/> carries the API key.</summary>");
        writer.OpenBrace($"public {file.ClientName}(_Http.HttpClient httpClient, _Rt.ContractsClientOptions? options = null)");
        writer.Line("_httpClient = httpClient ?? throw new _Sys.ArgumentNullException(nameof(httpClient));");
        writer.Line("_options = options ?? new _Rt.ContractsClientOptions();");
        writer.CloseBrace();
        if (file.DefaultServer is { } server)
        {
            writer.Line();
            writer.Line("/// <summary>The schema's first server: where requests go when the HttpClient has no BaseAddress.</summary>");
            writer.Line($"public const string DefaultBaseAddress = {CSharpText.StringLiteral(server)};");
        }
        var members = new InterfaceMembers(file.ClientName);
        var inFolder = new HashSet<int>();
        foreach (var folder in file.Folders) foreach (var index in folder.OperationIndexes) inFolder.Add(index);
        for (var i = 0; i < file.Operations.Count; i++)
        {
            if (inFolder.Contains(i)) continue;
            writer.Line();
            EmitOperation(writer, context, file.Operations[i], members);
        }
        for (var i = 0; i < file.Folders.Count; i++)
        {
            writer.Line();
            EmitFolder(writer, context, file.Folders[i], "_folder" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            InterfaceEmitter.AddFolderProperty(writer, members, file, file.Folders[i]);
        }
        writer.CloseBrace();
        writer.Line();
        InterfaceEmitter.Emit(writer, file.InterfaceName, $"<see cref=\"{file.ClientName}\"/>", members);
        writer.Line();
        ClientOptionsEmitter.Emit(writer, file);
        return writer.ToString();
    }

    /// <summary>The folder's property on the client and its nested class holding the folder's operations.</summary>
    private static void EmitFolder(SourceWriter writer, FileLookups context, FolderPlan folder, string field)
    {
        var file = context.File;
        writer.Line($"/// <summary>Operations in the folder <c>{CSharpText.CommentText(folder.Folder)}</c>.</summary>");
        writer.Line($"public {folder.ClassName} {folder.PropertyName} => {field} ??= new {folder.ClassName}(_httpClient, _options);");
        writer.Line();
        writer.Line($"private {folder.ClassName}? {field};");
        writer.Line();
        writer.Line($"/// <summary>Operations in the folder <c>{CSharpText.CommentText(folder.Folder)}</c>; reached through <see cref=\"{folder.PropertyName}\"/>.</summary>");
        writer.OpenBrace($"public sealed partial class {folder.ClassName} : {folder.InterfaceName}");
        writer.Line("private readonly _Http.HttpClient _httpClient;");
        writer.Line("private readonly _Rt.ContractsClientOptions _options;");
        writer.Line();
        writer.Line($"internal {folder.ClassName}(_Http.HttpClient httpClient, _Rt.ContractsClientOptions options)");
        writer.OpenBrace();
        writer.Line("_httpClient = httpClient;");
        writer.Line("_options = options;");
        writer.CloseBrace();
        var members = new InterfaceMembers(folder.ClassName);
        foreach (var index in folder.OperationIndexes)
        {
            writer.Line();
            EmitOperation(writer, context, file.Operations[index], members);
        }
        writer.CloseBrace();
        writer.Line();
        InterfaceEmitter.Emit(writer, folder.InterfaceName, $"<see cref=\"{folder.ClassName}\"/>", members);
    }

    private static void EmitOperation(SourceWriter writer, FileLookups context, OperationPlan operation, InterfaceMembers interfaceMembers)
    {
        var jsonBody = RequestBodyEmitter.TakesTypedBody(operation);
        var ordered = new List<ParameterPlan>(operation.Parameters);
        var signature = new List<string>();
        foreach (var parameter in ordered)
        {
            if (!parameter.Required) continue;
            signature.Add($"{parameter.Type.Name} {parameter.Name}");
        }
        if (operation.RequestBody is { } bodyType)
        {
            var bodyDeclaration = operation.RequestEncoding == BodyEncoding.Binary ? "_Sys.IO.Stream" : jsonBody ? bodyType.Name : "_Http.HttpContent";
            signature.Insert(CountPath(ordered), operation.RequestBodyRequired || MustHaveBody(operation) ? $"{bodyDeclaration} body" : $"{bodyDeclaration}? body");
        }
        foreach (var parameter in ordered)
        {
            if (parameter.Required) continue;
            signature.Add($"{parameter.Type.Name} {parameter.Name} = null");
        }
        signature.Add("_Rt.ContractsRequestOptions? requestOptions = null");
        signature.Add("_Sys.Threading.CancellationToken cancellationToken = default");
        if (operation.Envelope is { } envelope)
        {
            // The method unwraps the envelope that its …EnvelopeAsync twin, printed next, returns as it is.
            InterfaceEmitter.AddMethod(interfaceMembers, operation, EnvelopeEmitter.Returns(envelope), string.Join(", ", signature));
            EnvelopeEmitter.Emit(writer, operation, envelope, signature);
            writer.Line();
            EmitOperation(writer, context, operation with { MethodName = envelope.RawMethodName, Envelope = null }, interfaceMembers);
            return;
        }
        // The method, then (for a value) its twin that also hands back the status and headers; both build the request
        // with one private method, so the twin costs a call, not a second copy of the body.
        foreach (var withResponse in operation.WithResponseMethodName is null ? new[] { false } : new[] { false, true })
        {
            if (withResponse) writer.Line();
            EmitMethod(writer, context, operation, ordered, signature, withResponse, interfaceMembers);
        }
        writer.Line();
        EmitRequestBuilder(writer, context, operation, ordered, signature, jsonBody);
        OperationDescriptorEmitter.Emit(writer, context, operation);
        if (ResponseEmitter.SharedReader(context, operation) is null)
        {
            writer.Line();
            ResponseEmitter.Emit(writer, context, operation);
        }
        ParameterEmitter.EmitValidator(writer, context, operation);
    }

    private static void EmitMethod(SourceWriter writer, FileLookups context, OperationPlan operation, List<ParameterPlan> ordered, List<string> signature,
        bool withResponse, InterfaceMembers interfaceMembers)
    {
        var returns = ExchangeEmitter.ReturnType(operation, withResponse);
        var methodName = withResponse ? operation.WithResponseMethodName! : operation.MethodName;

        if (withResponse)
        {
            // The twin's parameters and failures are its method's: one reference instead of a second copy.
            writer.Line($"/// <inheritdoc cref=\"{operation.MethodName}\"/>");
            writer.Line("/// <returns>The result with the status and headers of the success.</returns>");
        }
        else
        {
            EmitMethodDocs(writer, operation, ordered);
        }
        if (operation.Deprecated) writer.Line(Obsolete.Attribute);
        InterfaceEmitter.AddMethod(interfaceMembers, operation, returns, string.Join(", ", signature), methodName);
        // The runtime sends, reads within the size limit and disposes; the reader turns the answer into the result.
        // The request is built inside the exchange, so a refused argument or request faults the task, as an async method would.
        var arguments = new List<string>();
        foreach (var declaration in BuilderParameters(signature)) arguments.Add(declaration.Substring(declaration.LastIndexOf(' ') + 1));
        writer.Line($"public {returns} {methodName}({string.Join(", ", signature)})");
        writer.Line($"\t=> {ExchangeEmitter.Open(operation, withResponse)} {BuilderName(operation)}({string.Join(", ", arguments)}){ExchangeEmitter.Close(context, operation, withResponse)}");
    }

    private static void EmitMethodDocs(SourceWriter writer, OperationPlan operation, List<ParameterPlan> ordered)
    {
        writer.Line("/// <summary>");
        foreach (var line in CSharpText.XmlDocLines(operation.Summary)) writer.Line("/// " + line);
        writer.Line($"/// <para><c>{CSharpText.CommentText(operation.HttpMethod + " " + operation.Path)}</c></para>");
        if (operation.Status is { } status) writer.Line($"/// <para>Apifox status: {CSharpText.CommentText(status)}</para>");
        writer.Line("/// </summary>");
        foreach (var parameter in ordered)
        {
            var about = string.IsNullOrWhiteSpace(parameter.Description)
                ? parameter.In.ToString().ToLowerInvariant() + " parameter <c>" + CSharpText.CommentText(parameter.WireName) + "</c>"
                : string.Join(" ", CSharpText.XmlDocLines(parameter.Description!));
            writer.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{about}</param>");
        }
        if (operation.RequestBody is not null)
        {
            writer.Line(operation.RequestEncoding switch
            {
                BodyEncoding.Binary => "/// <param name=\"body\">The bytes to send, read from the stream's position; the stream is not disposed.</param>",
                BodyEncoding.JsonNode => "/// <param name=\"body\">The request body, JSON the file gives no schema for; sent as it is.</param>",
                _ => "/// <param name=\"body\">The request body; validated before anything is sent.</param>",
            });
        }
        writer.Line("/// <param name=\"requestOptions\">This call's headers, timeout, validation and credential; null for the client's.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Cancels the request.</param>");
        if (ExchangeEmitter.ReturnsDoc(operation) is { } returnsDoc) writer.Line($"/// <returns>{returnsDoc}</returns>");
        writer.Line("/// <exception cref=\"_Rt.ContractValidationException\">The request breaks its schema; nothing was sent.</exception>");
        writer.Line("/// <exception cref=\"_Rt.ApiException\">The server answered with a status that is not a success.</exception>");
    }

    private static string BuilderName(OperationPlan operation) => "__Build" + operation.MethodName;

    /// <summary>The method's parameters without the token and without defaults: the request builder's own.</summary>
    private static IEnumerable<string> BuilderParameters(List<string> signature)
    {
        for (var i = 0; i < signature.Count - 1; i++)
        {
            var declaration = signature[i];
            var equals = declaration.IndexOf(" = ", System.StringComparison.Ordinal);
            yield return equals < 0 ? declaration : declaration.Substring(0, equals);
        }
    }

    private static void EmitRequestBuilder(SourceWriter writer, FileLookups context, OperationPlan operation, List<ParameterPlan> ordered, List<string> signature, bool jsonBody)
    {
        writer.OpenBrace($"private _Http.HttpRequestMessage {BuilderName(operation)}({string.Join(", ", BuilderParameters(signature))})");
        foreach (var parameter in ordered)
        {
            if (parameter.Required && !parameter.Type.IsValueType) writer.Line($"_Sys.ArgumentNullException.ThrowIfNull({parameter.Name});");
        }
        if (operation.RequestBody is not null && (operation.RequestBodyRequired || MustHaveBody(operation)))
        {
            writer.Line("_Sys.ArgumentNullException.ThrowIfNull(body);");
        }
        ParameterEmitter.EmitCheckCall(writer, context, operation);
        if (jsonBody && operation.RequestBody!.Kind == ValueKind.Record)
        {
            writer.Line($"{Http}.CheckRequestBody(_options, requestOptions, {OperationDescriptorEmitter.FieldName(operation)}, body);");
        }
        var hasQuery = ordered.Exists(p => p.In == ParameterLocation.Query);
        if (hasQuery)
        {
            writer.Line("var __query = new _Sys.Text.StringBuilder();");
            foreach (var parameter in ordered)
            {
                if (parameter.In == ParameterLocation.Query) ParameterEmitter.Emit(writer, context, parameter);
            }
        }
        var server = context.File.DefaultServer is null ? "null" : "DefaultBaseAddress";
        var accept = operation.Accept is { } accepted ? CSharpText.StringLiteral(accepted) : "null";
        writer.Line($"var __request = {Http}.NewRequest(_httpClient, {CSharpText.StringLiteral(operation.HttpMethod)}, {server}, {PathExpression(context, operation.Path, ordered)}, {(hasQuery ? "__query.ToString()" : "null")}, {accept});");
        foreach (var parameter in ordered)
        {
            if (parameter.In is ParameterLocation.Header or ParameterLocation.Cookie) ParameterEmitter.Emit(writer, context, parameter);
        }
        RequestBodyEmitter.Emit(writer, context, operation);
        writer.Line("return __request;");
        writer.CloseBrace();
    }

    /// <summary>A typed body is always passed, except a schemaless JSON one, which is as optional as the file says.</summary>
    private static bool MustHaveBody(OperationPlan operation)
        => RequestBodyEmitter.TakesTypedBody(operation) && operation.RequestEncoding != BodyEncoding.JsonNode;

    private static int CountPath(List<ParameterPlan> ordered)
    {
        var count = 0;
        foreach (var parameter in ordered) if (parameter.In == ParameterLocation.Path && parameter.Required) count++;
        return count;
    }

    /// <summary>The path template as a C# expression with every parameter escaped.</summary>
    private static string PathExpression(FileLookups context, string template, List<ParameterPlan> parameters)
    {
        var parts = new List<string>();
        var literal = new StringBuilder();
        foreach (var (text, isPlaceholder) in PathTemplate.Segments(template))
        {
            var parameter = isPlaceholder ? parameters.Find(p => p.In == ParameterLocation.Path && p.WireName == text) : null;
            if (parameter is null)
            {
                literal.Append(isPlaceholder ? "{" + text + "}" : text);
                continue;
            }
            if (literal.Length > 0) parts.Add(CSharpText.StringLiteral(literal.ToString()));
            literal.Clear();
            parts.Add(ParameterEmitter.PathValue(context, parameter));
        }
        if (literal.Length > 0 || parts.Count == 0) parts.Add(CSharpText.StringLiteral(literal.ToString()));
        return string.Join(" + ", parts);
    }
}
