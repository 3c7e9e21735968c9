using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Naming;

namespace Contracts.Generator.Planning;

/// <summary>
/// Chooses the C# type of every schema of one document, planning records and enums as it goes. Named schemas become one
/// type each, planned once; a record's name is taken before its members are planned, so cycles end in a reference.
/// </summary>
internal sealed class TypePlanner
{
    // Members every generated record has; schema properties must not take these names.
    private static readonly string[] RecordMembers =
    {
        "Validate", "ValidateCore", "AdditionalProperties", "JsonConverter", "EqualityContract", "Equals",
        "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType", "MemberwiseClone", "Finalize",
    };

    private static readonly string[] ConstantSuffixes =
    {
        "Default", "Minimum", "Maximum", "ExclusiveMinimum", "ExclusiveMaximum", "MinLength", "MaxLength", "Pattern",
        "MinItems", "MaxItems", "AllowedValues", "Const",
    };

    private readonly string _filePath;
    private readonly NameScope _types;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly SchemaLookup _lookup;
    private readonly ValueRulesPlanner _rules;
    private readonly Dictionary<string, TypeRef> _namedTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _planning = new(StringComparer.Ordinal);
    private readonly Queue<PendingRecord> _pendingRecords = new();

    public TypePlanner(string filePath, NameScope types, SchemaLookup lookup, List<DiagnosticInfo> diagnostics)
    {
        _filePath = filePath;
        _types = types;
        _lookup = lookup;
        _rules = new ValueRulesPlanner(lookup);
        _diagnostics = diagnostics;
    }

    public List<RecordPlan> Records { get; } = new();

    public List<EnumPlan> Enums { get; } = new();

    public List<UnionPlan> Unions { get; } = new();

    /// <summary>Plans every named schema, so each component becomes a type even when no operation uses it, then every pending record.</summary>
    public void PlanNamedSchemas()
    {
        foreach (var named in _lookup.All) NamedType(named.Key);
        while (_pendingRecords.Count > 0)
        {
            var pending = _pendingRecords.Dequeue();
            PlanRecord(pending.Schema, pending.Name, pending.Summary, pending.Slot);
        }
    }

    /// <summary>The C# type for a schema; nullable when the schema allows null.</summary>
    public TypeRef TypeFor(Schema schema, string nameHint, string summary)
    {
        if (schema.Reference is { } key)
        {
            // A reference to nothing, or a chain too long (a cycle), is any JSON for every user of references.
            if (!_lookup.Resolves(schema)) return new TypeRef(ValueKind.Any, true);
            return NamedType(key).WithNullable(schema.Nullable || NamedType(key).Nullable);
        }
        if (!schema.Alternatives.IsEmpty)
        {
            return new TypeRef(ValueKind.Union, schema.Nullable, RecordName: Qualified(PlanUnion(schema, _types.Claim(Identifier.ToPascalCase(schema.NameHint ?? nameHint, "Value")), summary)));
        }
        switch (schema.Type)
        {
            case SchemaType.Object when schema.Properties.IsEmpty && schema.AdditionalProperties is { } values:
                return new TypeRef(ValueKind.Map, schema.Nullable, Element: TypeFor(values, nameHint + "Value", summary));
            case SchemaType.Object:
                return new TypeRef(ValueKind.Record, schema.Nullable, RecordName: Qualified(PlanRecord(schema, _types.Claim(Identifier.ToPascalCase(schema.NameHint ?? nameHint, "Model")), summary)));
            case SchemaType.Array:
                var element = schema.Items is { } items ? TypeFor(items, nameHint + "Item", summary) : new TypeRef(ValueKind.Any, false);
                return new TypeRef(ValueKind.List, schema.Nullable, Element: element);
            case SchemaType.Integer when IsNamedIntegerEnum(schema):
                return new TypeRef(ValueKind.Enum, schema.Nullable, RecordName: Qualified(PlanIntegerEnum(schema, _types.Claim(Identifier.ToPascalCase(schema.NameHint ?? nameHint, "Value")), summary))) { IsIntegerEnum = true };
            case SchemaType.String when IsStringEnum(schema):
                return new TypeRef(ValueKind.Enum, schema.Nullable, RecordName: Qualified(PlanEnum(schema, _types.Claim(Identifier.ToPascalCase(schema.NameHint ?? nameHint, "Value")), summary)));
            default:
                return ScalarType(schema, BinaryAsFile);
        }
    }

    /// <summary>The rules a value of <paramref name="type"/> is validated against, for values outside records (parameters).</summary>
    public ValueRules RulesFor(Schema schema, TypeRef type) => _rules.For(schema, type);

    /// <summary>True while planning a form body, where format binary means a file part; elsewhere it is a plain string.</summary>
    public bool BinaryAsFile { get; set; }

    /// <summary>The C# type of a scalar (parameters, enum-less strings, numbers); Any when the schema is not scalar.</summary>
    public static TypeRef ScalarType(Schema schema, bool binaryAsFile = false)
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
            SchemaType.String => schema.Format switch
            {
                "date-time" => ValueKind.DateTimeOffset,
                "uuid" => ValueKind.Guid,
                "byte" => ValueKind.Bytes,
                "binary" when binaryAsFile => ValueKind.File,
                _ => ValueKind.String,
            },
            _ => ValueKind.Any,
        };
        return new TypeRef(kind, schema.Nullable);
    }

    private TypeRef NamedType(string key)
    {
        if (_namedTypes.TryGetValue(key, out var known)) return known;
        var named = _lookup.Find(key);
        if (named is null || !_planning.Add(key))
        {
            // Unknown (already reported by the reader) or a cycle through non-record schemas: any JSON is the honest type.
            return new TypeRef(ValueKind.Any, true);
        }
        try
        {
            var schema = named.Schema;
            var name = Identifier.ToPascalCase(named.Name, "Model");
            var summary = string.IsNullOrWhiteSpace(schema.Title) ? "The " + named.Name + " schema." : schema.Title!;
            TypeRef type;
            if (schema.Reference is null && schema.Type == SchemaType.Object && !(schema.Properties.IsEmpty && schema.AdditionalProperties is not null))
            {
                // Register now and plan the members later, from a worklist: members that refer back find the record,
                // and a chain of thousands of references never deepens the stack.
                var recordName = _types.Claim(name);
                type = new TypeRef(ValueKind.Record, schema.Nullable, RecordName: Qualified(recordName));
                _namedTypes[key] = type;
                var slot = Records.Count;
                Records.Add(null!);
                _pendingRecords.Enqueue(new PendingRecord(schema, recordName, summary, slot));
                return type;
            }
            type = TypeFor(schema with { NameHint = named.Name }, name, summary);
            _namedTypes[key] = type;
            return type;
        }
        finally
        {
            _planning.Remove(key);
        }
    }

    private string Qualified(string name) => Emitting.Aliases.OwnType(name);

    private static bool IsStringEnum(Schema schema)
    {
        if (schema.Constraints.AllowedValues.IsEmpty || schema.Format is not null) return false;
        foreach (var value in schema.Constraints.AllowedValues)
        {
            if (value.Length < 2 || value[0] != '"') return false;
        }
        return true;
    }

    private string PlanEnum(Schema schema, string name, string summary)
    {
        var members = new NameScope("Value", "IsKnown", "KnownValues", "JsonConverter", "Equals", "GetHashCode", "ToString", "GetType", name);
        var values = new List<EnumValuePlan>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var json in schema.Constraints.AllowedValues)
        {
            if (JsonStringDecoder.TryDecode(json) is not { } value || !seen.Add(value)) continue;
            EnumMember? member = null;
            foreach (var candidate in schema.EnumMembers)
            {
                if (candidate.Value == json) member = candidate;
            }
            var natural = member?.Name is { Length: > 0 } label && IsAsciiIdentifierLike(label) ? label : value;
            values.Add(new EnumValuePlan(value, members.Claim(Identifier.ToPascalCase(natural, "Value")), member?.Description));
        }
        Enums.Add(new EnumPlan(name, string.IsNullOrWhiteSpace(schema.Description) ? (schema.Title ?? summary) : schema.Description!, values.ToEquatableArray()) { Deprecated = schema.Deprecated });
        return name;
    }

    /// <summary>Integer values one of which has a name (x-enum-varnames, x-enumNames, x-apifox-enum): a struct with named members.</summary>
    private static bool IsNamedIntegerEnum(Schema schema)
    {
        if (schema.Constraints.AllowedValues.IsEmpty) return false;
        foreach (var value in schema.Constraints.AllowedValues)
        {
            if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) return false;
        }
        foreach (var member in schema.EnumMembers)
        {
            if (member.Name is { Length: > 0 }) return true;
        }
        return false;
    }

    private string PlanIntegerEnum(Schema schema, string name, string summary)
    {
        var members = new NameScope("Value", "IsKnown", "KnownValues", "JsonConverter", "Equals", "GetHashCode", "ToString", "GetType", name);
        var values = new List<EnumValuePlan>();
        var seen = new HashSet<long>();
        foreach (var json in schema.Constraints.AllowedValues)
        {
            var value = long.Parse(json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            if (!seen.Add(value)) continue;
            EnumMember? member = null;
            foreach (var candidate in schema.EnumMembers)
            {
                if (candidate.Value == json) member = candidate;
            }
            var text = value.ToString(CultureInfo.InvariantCulture);
            var natural = member?.Name is { Length: > 0 } label ? label : "Value" + text.Replace("-", "Minus");
            values.Add(new EnumValuePlan(text, members.Claim(Identifier.ToPascalCase(natural, "Value")), member?.Description));
        }
        Enums.Add(new EnumPlan(name, string.IsNullOrWhiteSpace(schema.Description) ? (schema.Title ?? summary) : schema.Description!, values.ToEquatableArray()) { IsInteger = true, Deprecated = schema.Deprecated });
        return name;
    }

    private string PlanUnion(Schema schema, string name, string summary)
    {
        var members = new NameScope("Json", "Matches", "JsonConverter", "Equals", "GetHashCode", "ToString", "GetType", "DiscriminatorValue", name);
        var slot = Unions.Count;
        Unions.Add(null!);
        var alternatives = new List<UnionAlternativePlan>();
        for (var i = 0; i < schema.Alternatives.Count; i++)
        {
            var alternative = schema.Alternatives[i];
            var type = TypeFor(alternative, name + "Option" + (i + 1).ToString(CultureInfo.InvariantCulture), summary).WithNullable(false);
            var values = new List<string>();
            if (schema.Discriminator is { } discriminator && alternative.Reference is { } key)
            {
                foreach (var mapping in discriminator.Mapping)
                {
                    if (mapping.SchemaKey == key) values.Add(mapping.Value);
                }
            }
            alternatives.Add(new UnionAlternativePlan(members.Claim(AlternativeName(alternative, type)), type, values.ToEquatableArray(), _rules.For(alternative, type)));
        }
        var description = string.IsNullOrWhiteSpace(schema.Description) ? (schema.Title ?? summary) : schema.Description!;
        Unions[slot] = new UnionPlan(name, description, alternatives.ToEquatableArray(), schema.Discriminator?.PropertyName, schema.AlternativesFromAnyOf) { Deprecated = schema.Deprecated };
        return name;
    }

    private string AlternativeName(Schema alternative, TypeRef type) => type.Kind switch
    {
        ValueKind.Record or ValueKind.Enum or ValueKind.Union => type.RecordName!.Substring(type.RecordName.LastIndexOf('.') + 1),
        ValueKind.List => "List",
        ValueKind.Map => "Map",
        ValueKind.Any => "Json",
        _ => type.Kind.ToString(),
    };

    private static bool IsAsciiIdentifierLike(string text)
    {
        foreach (var c in text)
        {
            if (c > 127) return false;
        }
        return true;
    }

    private static ValueKind IntegerKind(Schema schema)
    {
        if (schema.Format == "int64") return ValueKind.Int64;
        if (schema.Format == "int32") return ValueKind.Int32;
        // Without a format, int fits what people write unless a stated limit or allowed value needs more.
        var c = schema.Constraints;
        var fits = FitsInt32(c.Minimum) && FitsInt32(c.Maximum) && (c.Const is null || FitsInt32(c.Const));
        foreach (var value in c.AllowedValues) fits &= FitsInt32(value);
        return fits ? ValueKind.Int32 : ValueKind.Int64;
    }

    private static bool FitsInt32(string json)
        => !double.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || (value >= int.MinValue && value <= int.MaxValue);

    private static bool FitsInt32(NumericBound? bound)
        => bound is null || (double.TryParse(bound.Literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value >= int.MinValue && value <= int.MaxValue);

    private string PlanRecord(Schema schema, string name, string summary, int slot = -1)
    {
        // Take the slot now so a record is emitted before the records nested in it.
        if (slot < 0)
        {
            slot = Records.Count;
            Records.Add(null!);
        }
        var members = new NameScope(ConstantSuffixes, RecordMembers);
        members.Reserve(name);
        var locals = new NameScope("reader", "writer", "value", "options", "typeToConvert", "extra", "missing", "errors", "path", "valid", "result", "present", "memberName");
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
                Report(DiagnosticId.IdentifierRenamed, property.Span, property.JsonName, names[i]);
            }
        }
        for (var i = 0; i < schema.Properties.Count; i++)
        {
            var property = schema.Properties[i];
            var valueType = TypeFor(property.Schema, name + names[i], $"The {property.JsonName} member of {name}.");
            var resolved = _lookup.Resolve(property.Schema);
            var declared = valueType.WithNullable(valueType.Nullable || !property.Required);
            var constantPrefix = ConstantPrefix(members, names[i]);
            var defaultLiteral = DefaultLiteral(resolved, valueType);
            properties.Add(new PropertyPlan(
                property.JsonName,
                names[i],
                locals.Claim(Identifier.ToCamelCase(property.JsonName, "property").TrimStart('@') + "Value"),
                declared,
                property.Required,
                valueType.Nullable,
                _rules.For(property.Schema, declared.WithNullable(false)),
                MemberDocs.For(resolved, property.JsonName, names[i]),
                ConstantPlanner.For(resolved, declared, names[i], constantPrefix, defaultLiteral),
                defaultLiteral,
                constantPrefix,
                i)
            {
                Deprecation = !(property.Schema.Deprecated || resolved.Deprecated) ? MemberDeprecation.None
                    : property.Required && !schema.Deprecated ? MemberDeprecation.Remark
                    : MemberDeprecation.Obsolete,
            });
            members.ReserveFamily(constantPrefix);
        }
        var (withBits, requiredBits, nullBits) = RecordBits.Assign(properties);
        var undeclared = schema.AdditionalProperties is { } extra ? _rules.ForJson(extra) : null;
        var plan = new RecordPlan(name, string.IsNullOrWhiteSpace(schema.Description) ? (schema.Title ?? summary) : schema.Description!, undeclared,
            withBits.ToEquatableArray(), schema.AllowsAdditionalProperties, requiredBits, nullBits)
        {
            Deprecated = schema.Deprecated,
        };
        Records[slot] = plan;
        return name;
    }

    /// <summary>A prefix whose constants (Default, Minimum, …) collide with no member; the property name when possible.</summary>
    private static string ConstantPrefix(NameScope members, string propertyName)
    {
        for (var attempt = 1; ; attempt++)
        {
            var prefix = attempt == 1 ? propertyName : propertyName + "Limit" + (attempt == 2 ? "" : attempt.ToString(CultureInfo.InvariantCulture));
            if (members.IsFamilyFree(prefix)) return prefix;
        }
    }

    private static bool LooksUnusual(string jsonName)
    {
        foreach (var c in jsonName)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ')) return true;
        }
        return jsonName.Length == 0 || char.IsDigit(jsonName[0]);
    }

    /// <summary>A C# expression for the default, when it is a scalar of the property's type; otherwise null (documented only).</summary>
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
                ValueKind.Enum when type.IsIntegerEnum && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) => $"new {type.RecordName}({number.ToString(CultureInfo.InvariantCulture)}L)",
                ValueKind.Enum when !type.IsIntegerEnum && value.ValueKind == JsonValueKind.String => $"new {type.RecordName}({CSharpText.StringLiteral(value.GetString()!)})",
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

    private sealed record PendingRecord(Schema Schema, string Name, string Summary, int Slot);

    private void Report(DiagnosticId id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _filePath, span, arguments));
}
