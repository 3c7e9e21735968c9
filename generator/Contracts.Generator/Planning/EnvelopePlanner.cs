using System;
using System.Collections.Generic;
using System.Text.Json;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Naming;

namespace Contracts.Generator.Planning;

/// <summary>
/// Recognises business envelopes in success bodies: a record with a code member and a message or data member, by the
/// names Apifox users write (<c>code/msg/data</c>, <c>status/info</c>, <c>retcode/message</c>, <c>Result/ResultMsg</c>…)
/// or those the file's ContractsEnvelope… metadata gives. The code's success values come from the metadata, else the
/// code member's const or default, else the values in the success response's examples, else 0 and 200 (true for a
/// flag; for a text code, the success words "ok" or "success" its enum lists, and otherwise it is no envelope).
/// </summary>
internal sealed class EnvelopePlanner
{
    private static readonly string[] DefaultCodeNames = { "code", "retcode", "errcode", "errCode", "error_code", "errno", "ret", "resultCode", "Result", "status" };
    private static readonly string[] DefaultMessageNames = { "msg", "message", "errmsg", "errMsg", "error_msg", "info", "ResultMsg", "resultMsg", "wording" };
    private static readonly string[] DefaultDataNames = { "data", "Data", "result" };
    private static readonly string[] DefaultNumberSuccess = { "0", "200" };
    private static readonly string[] DefaultTextSuccess = { "ok", "OK", "success", "SUCCESS", "Success" };

    private readonly bool _enabled;
    private readonly string[] _codeNames;
    private readonly string[] _messageNames;
    private readonly string[] _dataNames;
    private readonly List<string>? _success;
    private readonly Dictionary<string, RecordPlan> _records = new(StringComparer.Ordinal);
    private readonly SchemaLookup _lookup;
    private readonly Action<string, string, string> _report;
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    /// <param name="report">Reports an unusable metadata value (CTR4010): metadata name, value, reason.</param>
    public EnvelopePlanner(EnvelopeSettings? settings, IEnumerable<RecordPlan> records, SchemaLookup lookup, Action<string, string, string> report)
    {
        _lookup = lookup;
        _report = report;
        foreach (var record in records) _records[Contracts.Generator.Emitting.Aliases.OwnType(record.Name)] = record;
        _enabled = true;
        if (settings?.Enabled is { } enabled)
        {
            if (string.Equals(enabled.Trim(), "false", StringComparison.OrdinalIgnoreCase)) _enabled = false;
            else if (!string.Equals(enabled.Trim(), "true", StringComparison.OrdinalIgnoreCase)) Report(EnvelopeSettings.EnabledName, enabled, "expected true or false");
        }
        _codeNames = Names(settings?.Code, EnvelopeSettings.CodeName) ?? DefaultCodeNames;
        _messageNames = Names(settings?.Message, EnvelopeSettings.MessageName) ?? DefaultMessageNames;
        _dataNames = Names(settings?.Data, EnvelopeSettings.DataName) ?? DefaultDataNames;
        if (settings?.Success is { } success)
        {
            _success = Split(success);
            if (_success.Count == 0)
            {
                Report(EnvelopeSettings.SuccessName, success, "no success value");
                _success = null;
            }
        }
    }

    /// <summary>The envelope of the operation's one success body, or null when it has none (or envelopes are off).</summary>
    public EnvelopePlan? For(OperationPlan operation, Operation source, NameScope methods)
    {
        if (!_enabled || operation.ResultType is not { Kind: ValueKind.Record, Nullable: false } result || !_records.TryGetValue(result.RecordName!, out var record)) return null;
        var code = Find(record, _codeNames, except: null);
        if (code is null || !IsCodeKind(code.Type.Kind)) return null;
        var message = Find(record, _messageNames, except: code);
        var data = Find(record, _dataNames, except: code);
        if (message is null && data is null) return null;

        var successes = new List<string>();
        foreach (var json in SuccessJson(operation, source, code))
        {
            if (Literal(json, code.Type) is { } literal && !successes.Contains(literal)) successes.Add(literal);
        }
        if (successes.Count == 0) return null;
        var baseName = operation.MethodName.EndsWith("Async", StringComparison.Ordinal) ? operation.MethodName.Substring(0, operation.MethodName.Length - 5) : operation.MethodName;
        var raw = methods.Claim(baseName + "EnvelopeAsync");
        return new EnvelopePlan(result, raw, code.Name, code.Type, successes.ToEquatableArray(), message?.Name, data?.JsonName, data?.Name, data?.Type);
    }

    private IEnumerable<string> SuccessJson(OperationPlan operation, Operation source, PropertyPlan code)
    {
        if (_success is not null)
        {
            foreach (var text in _success)
            {
                var json = IsText(code.Type) ? Reading.Json.JsonCompactWriter.Quote(text) : text;
                if (Literal(json, code.Type) is null) Report(EnvelopeSettings.SuccessName, text, $"not a value of the {code.JsonName} member's type");
                else yield return json;
            }
            yield break;
        }
        var found = false;
        if (CodeSchema(operation, source, code) is { } schema)
        {
            if (schema.Constraints.Const is { } constant)
            {
                found = true;
                yield return constant;
            }
            else if (schema.Default is { } @default)
            {
                found = true;
                yield return @default;
            }
        }
        if (found) yield break;
        foreach (var response in source.Responses)
        {
            if (response.StatusCode < 200 || response.StatusCode >= 300) continue;
            foreach (var example in response.Examples)
            {
                if (MemberOf(example.Json, code.JsonName) is { } value)
                {
                    found = true;
                    yield return value;
                }
            }
        }
        if (found) yield break;
        if (IsText(code.Type))
        {
            // A text member named like a code is as often a product code as an outcome: only an enum that lists a
            // success word is taken for one without further evidence.
            foreach (var allowed in CodeSchema(operation, source, code)?.Constraints.AllowedValues ?? EquatableArray<string>.Empty)
            {
                if (JsonStringDecoder.TryDecode(allowed) is { } word && Array.IndexOf(DefaultTextSuccess, word) >= 0) yield return allowed;
            }
            yield break;
        }
        var defaults = code.Type.Kind == ValueKind.Boolean ? new[] { "true" } : DefaultNumberSuccess;
        foreach (var value in defaults) yield return value;
    }

    /// <summary>The code member's schema, from the success response the result was read from.</summary>
    private Schema? CodeSchema(OperationPlan operation, Operation source, PropertyPlan code)
    {
        foreach (var response in source.Responses)
        {
            if (response.StatusCode < 200 || response.StatusCode >= 300 || response.Schema is not { } schema) continue;
            foreach (var property in _lookup.Resolve(schema).Properties)
            {
                if (property.JsonName == code.JsonName) return _lookup.Resolve(property.Schema);
            }
        }
        return null;
    }

    private static string? MemberOf(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value)
                && value.ValueKind is JsonValueKind.Number or JsonValueKind.String or JsonValueKind.True or JsonValueKind.False
                ? value.GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A C# constant of the code's type for a JSON value, or null when it is not one.</summary>
    private static string? Literal(string json, TypeRef type)
    {
        var text = JsonStringDecoder.TryDecode(json);
        if (type.IsIntegerEnum) return NumberLiteral.For(text ?? json, ValueKind.Int64);
        switch (type.Kind)
        {
            case ValueKind.String:
            case ValueKind.Enum:
                return CSharpText.StringLiteral(text ?? json);
            case ValueKind.Boolean:
                return json is "true" or "false" ? json : null;
            default:
                return NumberLiteral.For(text ?? json, type.Kind);
        }
    }

    private static PropertyPlan? Find(RecordPlan record, string[] names, PropertyPlan? except)
    {
        foreach (var name in names)
        {
            foreach (var property in record.Properties)
            {
                if (property.JsonName == name && !ReferenceEquals(property, except)) return property;
            }
        }
        return null;
    }

    private static bool IsCodeKind(ValueKind kind) => kind is ValueKind.String or ValueKind.Enum or ValueKind.Boolean
        or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Single or ValueKind.Decimal;

    private static bool IsText(TypeRef type) => type.Kind is ValueKind.String || (type.Kind == ValueKind.Enum && !type.IsIntegerEnum);

    private string[]? Names(string? value, string metadata)
    {
        if (value is null) return null;
        var names = Split(value);
        if (names.Count != 0) return names.ToArray();
        Report(metadata, value, "no member name");
        return null;
    }

    private static List<string> Split(string value)
    {
        var parts = new List<string>();
        foreach (var part in value.Split('|', ','))
        {
            if (part.Trim().Length > 0) parts.Add(part.Trim());
        }
        return parts;
    }

    private void Report(string metadata, string value, string reason)
    {
        if (_reported.Add(metadata + "\n" + value)) _report(metadata, value, reason);
    }
}
