using System.Collections.Generic;
using System.IO;
using System;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Naming;

namespace Contracts.Generator.Planning;

/// <summary>Decides every C# name and type for one document. Pure: model and options in, plan out.</summary>
internal sealed class PlanBuilder
{
    private readonly ApiDocument _document;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly NameScope _types = new();
    private readonly List<TypeRef> _rootTypes = new();
    private TypePlanner _planner = null!;
    private ParameterPlanner _parameters = null!;
    private readonly List<ResultPlan> _results = new();
    private readonly List<ResponseHeadersPlan> _headerTypes = new();
    private SecurityPlanner _security = null!;

    private PlanBuilder(ApiDocument document)
    {
        _document = document;
        _diagnostics = new List<DiagnosticInfo>(document.Diagnostics);
    }

    /// <param name="hintPrefix">Starts every hint name; null takes it from the file name (unique only within one file).</param>
    public static FilePlan Build(ApiDocument document, SchemaFileOptions options, string? hintPrefix = null)
        => new PlanBuilder(document).Build(options, hintPrefix ?? SchemaFileNames.DefaultHintPrefix(document.FilePath));

    private FilePlan Build(SchemaFileOptions options, string hintPrefix)
    {
        var stem = SchemaFileNames.FileStem(_document.FilePath);
        var stemName = Identifier.ToPascalCase(stem, "Api");
        var ns = ChooseNamespace(options, stemName);
        var clientName = ChooseClientName(options, stemName);
        var contextName = _types.Claim((clientName.EndsWith("Client", StringComparison.Ordinal) ? clientName.Substring(0, clientName.Length - 6) : clientName) + "JsonContext");
        var interfaceName = _types.Claim("I" + clientName);
        var optionsName = _types.Claim(clientName + "Options");
        var extensionsName = _types.Claim(clientName + "ServiceCollectionExtensions");
        var loggingName = _types.Claim(clientName + "Logging");
        _security = new SecurityPlanner(_document);

        var lookup = new SchemaLookup(_document.Schemas);
        _planner = new TypePlanner(_document.FilePath, _types, lookup, _diagnostics);
        _parameters = new ParameterPlanner(_planner, lookup, AddRoot, (span, arguments) => Report(DiagnosticId.UnsupportedParameterStyle, span, arguments));
        var methods = new NameScope("Dispose", "Equals", "GetHashCode", "ToString", "GetType");
        var operations = new List<OperationPlan>();
        foreach (var operation in _document.Operations)
        {
            var baseName = methods.Claim(OperationNamer.BaseName(operation));
            methods.Reserve(baseName + "Async");
            var plan = PlanOperation(operation, baseName);
            if (plan.Shape == SuccessShape.Value)
            {
                var twin = methods.Claim(baseName + "WithResponse");
                methods.Reserve(twin + "Async");
                plan = plan with { WithResponseMethodName = twin + "Async" };
                if (plan.ResultType is not null && ResponseHeaderPlanner.Plan(operation, _types.Claim, baseName) is { } headers)
                {
                    plan = plan with { ResponseHeaders = headers };
                    _headerTypes.Add(headers);
                }
            }
            operations.Add(plan);
        }
        _planner.PlanNamedSchemas();
        var envelopes = new EnvelopePlanner(options.Envelope, _planner.Records, lookup,
            (name, value, reason) => Report(DiagnosticId.InvalidEnvelopeOption, SourceSpan.None, name, value, reason));
        for (var i = 0; i < operations.Count; i++)
        {
            if (envelopes.For(operations[i], _document.Operations[i], methods) is { } envelope) operations[i] = operations[i] with { Envelope = envelope };
        }
        var folders = PlanFolders(clientName, operations);

        return new FilePlan(
            _document.FilePath,
            ns,
            hintPrefix,
            _document.Title,
            clientName,
            contextName,
            _planner.Records.ToEquatableArray(),
            _planner.Enums.ToEquatableArray(),
            _planner.Unions.ToEquatableArray(),
            _results.ToEquatableArray(),
            operations.ToEquatableArray(),
            folders,
            _rootTypes.ToEquatableArray(),
            _diagnostics.ToEquatableArray())
        {
            DefaultServer = _document.DefaultServer,
            ResponseHeaderTypes = _headerTypes.ToEquatableArray(),
            InterfaceName = interfaceName,
            OptionsName = optionsName,
            ExtensionsName = extensionsName,
            LoggingName = loggingName,
            SecuritySchemes = _security.Schemes,
        };
    }

    private string ChooseNamespace(SchemaFileOptions options, string stemName)
    {
        if (!string.IsNullOrWhiteSpace(options.Namespace))
        {
            var requested = options.Namespace!.Trim();
            if (Identifier.IsValidNamespace(requested)) return requested;
            Report(DiagnosticId.InvalidOption, SourceSpan.None, "ContractsNamespace", requested);
        }
        var root = string.IsNullOrWhiteSpace(options.RootNamespace) || !Identifier.IsValidNamespace(options.RootNamespace!.Trim())
            ? "Contracts"
            : options.RootNamespace!.Trim();
        return root + "." + stemName;
    }

    private string ChooseClientName(SchemaFileOptions options, string stemName)
    {
        if (!string.IsNullOrWhiteSpace(options.ClientName))
        {
            var requested = options.ClientName!.Trim();
            if (Identifier.IsValid(requested)) return _types.Claim(requested);
            Report(DiagnosticId.InvalidOption, SourceSpan.None, "ContractsClientName", requested);
        }
        return _types.Claim(stemName + "Client");
    }

    private OperationPlan PlanOperation(Operation operation, string baseName)
    {
        var summary = operation.Summary ?? operation.Method + " " + operation.Path;
        var parameters = new List<ParameterPlan>();
        var parameterNames = new NameScope(OperationPlan.ReservedParameterNames);
        foreach (var parameter in operation.Parameters)
        {
            // Authorization comes from the security settings, as OpenAPI says; said once per operation (CTR5010).
            if (SecurityPlanner.IsAuthorizationHeader(parameter))
            {
                Report(DiagnosticId.AuthorizationParameterIgnored, parameter.Span, operation.Method + " " + operation.Path, _security.DescribeSource(operation));
                continue;
            }
            parameters.Add(_parameters.Plan(parameter, parameterNames.Claim(Identifier.ToCamelCase(parameter.Name, "value")),
                baseName + Identifier.ToPascalCase(parameter.Name, "Value"), operation.Method + " " + operation.Path));
        }

        // A {name} in the path that no parameter declares still has to be filled in: a required string.
        foreach (var templateName in PathTemplate.Names(operation.Path))
        {
            if (parameters.Exists(p => p.In == ParameterLocation.Path && p.WireName == templateName)) continue;
            parameters.Add(new ParameterPlan(templateName, parameterNames.Claim(Identifier.ToCamelCase(templateName, "value")), ParameterLocation.Path, true,
                new TypeRef(ValueKind.String, false), null) { Style = ParameterStyleKind.Simple });
        }

        TypeRef? body = null;
        string? bodyMediaType = null;
        var binaryBody = operation.RequestBody is { } sent && ResponseShapes.IsBinaryRequest(sent.MediaType, sent.Schema);
        if (binaryBody)
        {
            // Raw bytes: the caller passes a Stream; the type only marks that there is a body.
            bodyMediaType = ResponseShapes.BinaryContentType(operation.RequestBody!.MediaType);
            body = new TypeRef(ValueKind.Bytes, false);
        }
        else if (operation.RequestBody is { Schema: { } bodySchema } requestBody)
        {
            bodyMediaType = requestBody.MediaType;
            _planner.BinaryAsFile = MediaTypes.IsForm(bodyMediaType);
            body = Root(bodySchema, baseName + "Request", DescribeBody(operation));
            _planner.BinaryAsFile = false;
        }
        else if (operation.RequestBody is { } schemaless && schemaless.MediaType.Length > 0 && MediaTypes.IsJson(schemaless.MediaType))
        {
            // JSON with no schema is still a body: the caller gives it as a JsonNode.
            bodyMediaType = schemaless.MediaType;
            body = new TypeRef(ValueKind.JsonNode, false);
        }

        var responses = new List<ResponsePlan>();
        var successCount = 0;
        foreach (var response in operation.Responses)
        {
            if (response.StatusCode >= 200 && response.StatusCode < 300) successCount++;
        }
        TypeRef? result = null;
        foreach (var response in operation.Responses)
        {
            TypeRef? type = null;
            var isSuccess = response.StatusCode >= 200 && response.StatusCode < 300;
            var shape = isSuccess ? ResponseShapes.Of(response.MediaType, response.Schema) : SuccessShape.Value;
            if (shape == SuccessShape.File)
            {
                // Handed back as a stream: no type to read it as.
            }
            else if (shape != SuccessShape.Value && response.Schema is null or { Type: SchemaType.String, Reference: null })
            {
                // A stream item without a JSON schema (or declared a string) is kept as its text.
            }
            else if (response.Schema is { } schema)
            {
                var name = baseName + (isSuccess && successCount == 1 ? "" : ResponseShapes.StatusName(response)) + (shape != SuccessShape.Value ? "Item" : isSuccess ? "Response" : "Error");
                type = Root(schema, name, $"Response {ResponseShapes.StatusName(response)} of {operation.Method} {operation.Path}.");
            }
            else if (!MediaTypes.IsJson(response.MediaType) && response.StatusCode >= 200 && response.StatusCode < 300)
            {
                // A body without a JSON schema: text as a string, anything else as bytes.
                type = new TypeRef(MediaTypes.IsText(response.MediaType) ? ValueKind.String : ValueKind.Bytes, false);
            }
            responses.Add(new ResponsePlan(response.StatusCode, response.MediaType, type, response.Description ?? response.Name, MediaTypes.IsJson(response.MediaType))
            {
                IsRange = response.IsRange,
                Shape = shape,
            });
        }
        var streamed = responses.Find(r => r.IsSuccess && r.Shape != SuccessShape.Value);
        result = streamed is null ? ResultType(responses, baseName) : null;

        var encoding = binaryBody ? BodyEncoding.Binary : Encoding(bodyMediaType, body);
        if (encoding is BodyEncoding.Json or BodyEncoding.JsonNode && (string.IsNullOrEmpty(bodyMediaType) || bodyMediaType == "*/*")) bodyMediaType = "application/json";
        // "application/json;charset=UTF-8" (springfox): the client sets the charset itself, so only the type goes on the wire.
        if (encoding is BodyEncoding.Json or BodyEncoding.JsonNode or BodyEncoding.Text && bodyMediaType is not null) bodyMediaType = MediaTypes.Essence(bodyMediaType);
        var readsSuccessBody = streamed is null && responses.Exists(r => r.IsSuccess && r.Body is not null);
        return new OperationPlan(baseName + "Async", operation.Method, operation.Path, summary, PathFirst(parameters), body, bodyMediaType, encoding,
            operation.RequestBody?.Required ?? false, responses.ToEquatableArray(), result, readsSuccessBody)
        {
            Status = operation.Status,
            Deprecated = operation.Deprecated,
            Shape = streamed?.Shape ?? SuccessShape.Value,
            StreamItem = streamed?.Body,
            Accept = ResponseShapes.Accept(responses),
            Errors = ResponseShapes.Errors(responses),
            Security = _security.For(operation),
            OperationId = string.IsNullOrWhiteSpace(operation.OperationId) ? baseName : operation.OperationId!.Trim(),
        };
    }

    /// <summary>The encoding of a body: the generated type for the media types the client encodes, raw HttpContent otherwise.</summary>
    private static BodyEncoding Encoding(string? mediaType, TypeRef? body)
    {
        if (body is null) return BodyEncoding.None;
        if (body.Kind == ValueKind.JsonNode) return BodyEncoding.JsonNode;
        if (MediaTypes.IsJson(mediaType)) return BodyEncoding.Json;
        if (MediaTypes.IsForm(mediaType))
        {
            if (body.Kind != ValueKind.Record) return BodyEncoding.Raw;
            return MediaTypes.IsMultipart(mediaType) ? BodyEncoding.Multipart : BodyEncoding.UrlEncoded;
        }
        return MediaTypes.IsText(mediaType) && body.Kind == ValueKind.String ? BodyEncoding.Text : BodyEncoding.Raw;
    }

    /// <summary>Path parameters first, in path order as declared, then the rest in document order.</summary>
    private static EquatableArray<ParameterPlan> PathFirst(List<ParameterPlan> parameters)
    {
        var ordered = new List<ParameterPlan>(parameters.Count);
        foreach (var parameter in parameters) if (parameter.In == ParameterLocation.Path) ordered.Add(parameter);
        foreach (var parameter in parameters) if (parameter.In != ParameterLocation.Path) ordered.Add(parameter);
        return ordered.ToEquatableArray();
    }

    /// <summary>
    /// Groups operations by top-level folder, in order of first appearance. A client per file with a property per folder
    /// keeps one HttpClient and one set of options while letting a large export be navigated as the team organised it.
    /// </summary>
    private EquatableArray<FolderPlan> PlanFolders(string clientName, List<OperationPlan> operations)
    {
        var indexes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < _document.Operations.Count; i++)
        {
            var folder = _document.Operations[i].Folder;
            if (folder.IsEmpty || folder[0].Trim().Length == 0) continue;
            var top = folder[0].Trim();
            if (!indexes.TryGetValue(top, out var list))
            {
                indexes[top] = list = new List<int>();
                order.Add(top);
            }
            list.Add(i);
        }
        // Folder properties share the client's member scope with its methods; their classes are nested in the client.
        var members = new NameScope(clientName, "Dispose", "Equals", "GetHashCode", "ToString", "GetType", "DefaultBaseAddress", "ActivitySourceName");
        foreach (var operation in operations)
        {
            members.Reserve(operation.MethodName);
            if (operation.WithResponseMethodName is { } twin) members.Reserve(twin);
        }
        var folders = new List<FolderPlan>();
        foreach (var top in order)
        {
            var property = members.Claim(Identifier.ToPascalCase(top, "Folder"));
            var className = members.Claim(property + "Operations");
            folders.Add(new FolderPlan(top, property, className, indexes[top].ToEquatableArray()) { InterfaceName = members.Claim("I" + className) });
        }
        return folders.ToEquatableArray();
    }

    /// <summary>
    /// What the method returns: the one success body type, or — when successes carry different types — a generated
    /// result with the status and one member per success status.
    /// </summary>
    private TypeRef? ResultType(List<ResponsePlan> responses, string baseName)
    {
        TypeRef? single = null;
        var distinct = 0;
        foreach (var response in responses)
        {
            if (!response.IsSuccess || response.Body is null) continue;
            if (single is null || !single.Equals(response.Body)) distinct++;
            single ??= response.Body;
        }
        // A success without a body (204 beside 201) answers null, so the type says it can.
        if (distinct <= 1) return single is not null && responses.Exists(r => r.IsSuccess && r.Body is null) ? single.WithNullable(true) : single;
        var name = _types.Claim(baseName + "Result");
        _results.Add(new ResultPlan(name, responses.FindAll(r => r.IsSuccess).ToEquatableArray()));
        return new TypeRef(ValueKind.Record, false, RecordName: Emitting.Aliases.OwnType(name));
    }

    /// <summary>The type of a body; bodies get a JsonTypeInfo of their own in the context.</summary>
    private TypeRef Root(Schema schema, string nameHint, string summary)
    {
        var type = _planner.TypeFor(schema, nameHint, summary).WithNullable(false);
        AddRoot(type);
        return type;
    }

    private void AddRoot(TypeRef type)
    {
        if (!_rootTypes.Contains(type)) _rootTypes.Add(type);
    }

    private static string DescribeBody(Operation operation) => $"Request body of {operation.Method} {operation.Path}.";

    private void Report(DiagnosticId id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _document.FilePath, span, arguments));
}
