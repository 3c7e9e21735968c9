using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Naming;

namespace Contracts.Generator.Emitting.Plan;

/// <summary>Decides every C# name and type for one document. Pure: model and options in, plan out.</summary>
internal sealed class PlanBuilder
{
    // Members every generated record has; schema properties must not take these names.
    private static readonly string[] RecordMembers =
    {
        "Validate", "ValidateCore", "AdditionalProperties", "JsonConverter", "EqualityContract", "Equals",
        "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType", "MemberwiseClone", "Finalize",
    };

    private readonly ApiDocument _document;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly NameScope _types = new();
    private readonly List<RecordPlan> _records = new();
    private readonly List<TypeRef> _rootTypes = new();
    private string _namespace = "";

    private PlanBuilder(ApiDocument document)
    {
        _document = document;
        _diagnostics = new List<DiagnosticInfo>(document.Diagnostics);
    }

    public static FilePlan Build(ApiDocument document, FileOptions options) => new PlanBuilder(document).Build(options);

    private FilePlan Build(FileOptions options)
    {
        var stem = FileStem(_document.FilePath);
        var stemName = Identifier.ToPascalCase(stem, "Api");
        var ns = ChooseNamespace(options, stemName);
        _namespace = ns;
        var clientName = ChooseClientName(options, stemName);
        var contextName = _types.Claim((clientName.EndsWith("Client", StringComparison.Ordinal) ? clientName.Substring(0, clientName.Length - 6) : clientName) + "JsonContext");

        var methods = new NameScope("Dispose", "Equals", "GetHashCode", "ToString", "GetType");
        var operations = new List<OperationPlan>();
        foreach (var operation in _document.Operations)
        {
            var baseName = methods.Claim(OperationNamer.BaseName(operation));
            methods.Reserve(baseName + "Async");
            operations.Add(PlanOperation(operation, baseName));
        }

        return new FilePlan(
            _document.FilePath,
            ns,
            Identifier.ToPascalCase(stem, "Schema"),
            _document.Title,
            clientName,
            contextName,
            _records.ToEquatableArray(),
            operations.ToEquatableArray(),
            _rootTypes.ToEquatableArray(),
            _diagnostics.ToEquatableArray());
    }

    private string ChooseNamespace(FileOptions options, string stemName)
    {
        if (!string.IsNullOrWhiteSpace(options.Namespace))
        {
            var requested = options.Namespace!.Trim();
            if (Identifier.IsValidNamespace(requested)) return requested;
            Report(DiagnosticIds.InvalidOption, SourceSpan.None, "ContractsNamespace", requested);
        }
        var root = string.IsNullOrWhiteSpace(options.RootNamespace) || !Identifier.IsValidNamespace(options.RootNamespace!.Trim())
            ? "Contracts"
            : options.RootNamespace!.Trim();
        return root + "." + stemName;
    }

    private string ChooseClientName(FileOptions options, string stemName)
    {
        if (!string.IsNullOrWhiteSpace(options.ClientName))
        {
            var requested = options.ClientName!.Trim();
            if (Identifier.IsValid(requested)) return _types.Claim(requested);
            Report(DiagnosticIds.InvalidOption, SourceSpan.None, "ContractsClientName", requested);
        }
        return _types.Claim(stemName + "Client");
    }

    private OperationPlan PlanOperation(Operation operation, string baseName)
    {
        var summary = operation.Summary ?? operation.Method + " " + operation.Path;
        var parameters = new List<ParameterPlan>();
        var parameterNames = new NameScope(ClientEmitter.ReservedLocals);
        foreach (var parameter in operation.Parameters)
        {
            // Authorization comes from the client options, once for all operations.
            if (parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var type = ScalarType(parameter.Schema).WithNullable(!parameter.Required);
            parameters.Add(new ParameterPlan(parameter.Name, parameterNames.Claim(Identifier.ToCamelCase(parameter.Name, "value")), parameter.In, parameter.Required, type, parameter.Description));
        }

        TypeRef? body = null;
        string? bodyMediaType = null;
        if (operation.RequestBody is { Schema: { } bodySchema } requestBody)
        {
            body = TypeFor(bodySchema, baseName + "Request", DescribeBody(operation), isRoot: true).WithNullable(false);
            bodyMediaType = requestBody.MediaType;
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
            if (response.Schema is { } schema)
            {
                var isSuccess = response.StatusCode >= 200 && response.StatusCode < 300;
                var name = baseName + (isSuccess && successCount == 1 ? "" : response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)) + (isSuccess ? "Response" : "Error");
                type = TypeFor(schema, name, $"Response {response.StatusCode} of {operation.Method} {operation.Path}.", isRoot: true).WithNullable(false);
                if (isSuccess && result is null) result = type;
            }
            responses.Add(new ResponsePlan(response.StatusCode, response.MediaType, type, response.Description ?? response.Name));
        }

        return new OperationPlan(baseName + "Async", operation.Method, operation.Path, summary, parameters.ToEquatableArray(), body, bodyMediaType,
            operation.RequestBody?.Required ?? false, responses.ToEquatableArray(), result);
    }

    private static string DescribeBody(Operation operation) => $"Request body of {operation.Method} {operation.Path}.";

    /// <summary>The C# type for a schema, planning records for objects as it goes.</summary>
    private TypeRef TypeFor(Schema schema, string nameHint, string summary, bool isRoot = false)
    {
        TypeRef type;
        switch (schema.Type)
        {
            case SchemaType.Object when schema.Properties.IsEmpty && schema.AdditionalProperties is { } values:
                type = new TypeRef(ValueKind.Map, schema.Nullable, Element: TypeFor(values, nameHint + "Value", summary));
                break;
            case SchemaType.Object:
                type = new TypeRef(ValueKind.Record, schema.Nullable, RecordName: "global::" + _namespace + "." + PlanRecord(schema, nameHint, summary));
                break;
            case SchemaType.Array:
                var element = schema.Items is { } items ? TypeFor(items, nameHint + "Item", summary) : new TypeRef(ValueKind.Any, false);
                type = new TypeRef(ValueKind.List, schema.Nullable, Element: element);
                break;
            default:
                type = ScalarType(schema);
                break;
        }
        if (isRoot && !_rootTypes.Contains(type.WithNullable(false))) _rootTypes.Add(type.WithNullable(false));
        return type;
    }

    private static TypeRef ScalarType(Schema schema)
    {
        var kind = schema.Type switch
        {
            SchemaType.Boolean => ValueKind.Boolean,
            SchemaType.Integer => IntegerKind(schema),
            SchemaType.Number => schema.Format switch
            {
                "float" => ValueKind.Single,
                "decimal" => ValueKind.Decimal,
                _ => ValueKind.Double,
            },
            SchemaType.String => ValueKind.String,
            _ => ValueKind.Any,
        };
        return new TypeRef(kind, schema.Nullable);
    }

    private static ValueKind IntegerKind(Schema schema)
    {
        if (schema.Format == "int64") return ValueKind.Int64;
        if (schema.Format == "int32") return ValueKind.Int32;
        // Without a format, int fits what people write unless a stated limit needs more.
        return FitsInt32(schema.Constraints.Minimum) && FitsInt32(schema.Constraints.Maximum) ? ValueKind.Int32 : ValueKind.Int64;
    }

    private static bool FitsInt32(NumericBound? bound)
        => bound is null || (double.TryParse(bound.Literal, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= int.MinValue && value <= int.MaxValue);

    private string PlanRecord(Schema schema, string nameHint, string summary)
    {
        var name = _types.Claim(Identifier.ToPascalCase(schema.NameHint ?? nameHint, "Model"));
        // Take the slot now so a record is emitted before the records nested in it.
        var slot = _records.Count;
        _records.Add(null!);
        var members = new NameScope(RecordMembers);
        members.Reserve(name);
        var locals = new NameScope("reader", "writer", "value", "options", "typeToConvert", "extra", "missing", "errors", "path", "valid", "result");
        var properties = new List<PropertyPlan>();
        // Claim all property names before constants, so a property never loses its natural name to a constant.
        var names = new string[schema.Properties.Count];
        for (var i = 0; i < schema.Properties.Count; i++)
        {
            var property = schema.Properties[i];
            var natural = Identifier.ToPascalCase(property.JsonName, "Property");
            names[i] = members.Claim(natural);
            if (names[i] != natural || !string.Equals(natural, property.JsonName, StringComparison.OrdinalIgnoreCase) && LooksUnusual(property.JsonName))
            {
                Report(DiagnosticIds.IdentifierRenamed, property.Span, property.JsonName, names[i]);
            }
        }
        for (var i = 0; i < schema.Properties.Count; i++)
        {
            var property = schema.Properties[i];
            var valueType = TypeFor(property.Schema, name + names[i], $"The {property.JsonName} member of {name}.");
            var declared = valueType.WithNullable(property.Schema.Nullable || !property.Required);
            var constantPrefix = ConstantPrefix(members, names[i]);
            properties.Add(new PropertyPlan(
                property.JsonName,
                names[i],
                locals.Claim(Identifier.ToCamelCase(property.JsonName, "property").TrimStart('@') + "Value"),
                declared,
                property.Required,
                property.Schema.Nullable,
                property.Schema,
                DefaultLiteral(property.Schema, valueType),
                constantPrefix,
                i));
            foreach (var suffix in ConstantSuffixes) members.Reserve(constantPrefix + suffix);
        }
        var plan = new RecordPlan(name, string.IsNullOrWhiteSpace(schema.Description) ? (schema.Title ?? summary) : schema.Description!, schema,
            properties.ToEquatableArray(), schema.AllowsAdditionalProperties);
        _records[slot] = plan;
        return name;
    }

    /// <summary>A prefix whose constants (Default, Minimum, …) collide with no member; the property name when possible.</summary>
    private static string ConstantPrefix(NameScope members, string propertyName)
    {
        for (var attempt = 1; ; attempt++)
        {
            var prefix = attempt == 1 ? propertyName : propertyName + "Limit" + (attempt == 2 ? "" : attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var free = true;
            foreach (var suffix in ConstantSuffixes) free &= !members.IsTaken(prefix + suffix);
            if (free) return prefix;
        }
    }

    private static readonly string[] ConstantSuffixes =
    {
        "Default", "Minimum", "Maximum", "ExclusiveMinimum", "ExclusiveMaximum", "MinLength", "MaxLength", "Pattern",
        "MinItems", "MaxItems", "AllowedValues", "Const",
    };

    private static bool LooksUnusual(string jsonName)
    {
        foreach (var c in jsonName)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ')) return true;
        }
        return jsonName.Length == 0 || char.IsDigit(jsonName[0]);
    }

    /// <summary>A C# literal for the default, when it is a scalar of the property's type; otherwise null (documented only).</summary>
    private static string? DefaultLiteral(Schema schema, TypeRef type)
    {
        if (schema.Default is not { } json) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var value = document.RootElement;
            return type.Kind switch
            {
                ValueKind.String when value.ValueKind == JsonValueKind.String => CSharpText.StringLiteral(value.GetString()!),
                ValueKind.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False => value.ValueKind == JsonValueKind.True ? "true" : "false",
                _ when type.IsNumber && value.ValueKind == JsonValueKind.Number => NumberLiteral.For(value.GetRawText(), type.Kind),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Report(string id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _document.FilePath, span, arguments));

    /// <summary>"schemas/replicate-create-prediction.apifox.txt" → "replicate-create-prediction".</summary>
    internal static string FileStem(string path)
    {
        var name = Path.GetFileName(path);
        string[] suffixes = { ".apifox.json", ".apifox.txt", ".apifox.md", ".openapi.json", ".openapi.yaml", ".openapi.yml", ".json", ".txt", ".md", ".yaml", ".yml" };
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length > suffix.Length)
            {
                return name.Substring(0, name.Length - suffix.Length);
            }
        }
        return Path.GetFileNameWithoutExtension(name);
    }
}
