using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Contracts.Generator.Model;
using Contracts.Generator.Planning;
using Contracts.Tool.Diff.Engine;
using Contracts.Tool.Verify.Har;
using Contracts.Tool.Verify.Matching;
using Contracts.Tool.Verify.Reporting;

namespace Contracts.Tool.Verify.Checking;

/// <summary>
/// Checks one recorded exchange against its operation: path, query, header and cookie parameters, the request body,
/// and the response body of the declared response for its status (the exact code, else its range such as 2XX, else
/// default). Parts that cannot be checked honestly (a body that is not JSON, a status the operation does not declare)
/// become notes, never silent passes.
/// </summary>
internal sealed class EntryChecker
{
    private readonly HarEntry _entry;
    private readonly RouteMatch _match;
    private readonly string _url;
    private readonly List<Violation> _violations;
    private readonly List<EntryNote> _notes;

    private EntryChecker(HarEntry entry, RouteMatch match, List<Violation> violations, List<EntryNote> notes)
    {
        _entry = entry;
        _match = match;
        _url = SecretRedaction.Url(entry.Url);
        _violations = violations;
        _notes = notes;
    }

    private VerifiedOperation Target => _match.Operation;

    public static void Check(HarEntry entry, RouteMatch match, List<Violation> violations, List<EntryNote> notes)
    {
        var checker = new EntryChecker(entry, match, violations, notes);
        checker.Parameters();
        checker.RequestBody();
        checker.ResponseBody();
    }

    private void Parameters()
    {
        var rules = new ValueRulesPlanner(Target.Lookup);
        foreach (var parameter in Target.Operation.Parameters)
        {
            // The generated client sends Authorization from its options, never as a parameter; it is not checked either.
            if (parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, "Authorization", StringComparison.OrdinalIgnoreCase)) continue;
            var part = parameter.In.ToString().ToLowerInvariant() + " parameter " + parameter.Name;
            var type = TypePlanner.ScalarType(parameter.Schema).WithNullable(false);
            if (Recorded(parameter) is not { } text)
            {
                if (parameter.Required) Report(part, ValidationFailures.Required("", parameter.Name), parameter.Schema, parameter.Span, secret: false);
                continue;
            }
            using var document = JsonDocument.Parse(AsJson(text, type));
            var secret = parameter.In is ParameterLocation.Header or ParameterLocation.Cookie && SecretRedaction.IsSecret(parameter.Name);
            foreach (var error in Target.Checker.Check(document.RootElement, type, rules.For(parameter.Schema, type)))
            {
                Report(part, error, parameter.Schema, parameter.Span, secret);
            }
        }
    }

    private string? Recorded(Parameter parameter)
    {
        switch (parameter.In)
        {
            case ParameterLocation.Path:
                return _match.PathValues.TryGetValue(parameter.Name, out var value) ? value : null;
            case ParameterLocation.Query:
                foreach (var pair in Query()) if (string.Equals(pair.Name, parameter.Name, StringComparison.Ordinal)) return pair.Value;
                return null;
            case ParameterLocation.Header:
                return Header(_entry.RequestHeaders, parameter.Name);
            default:
                foreach (var cookie in (Header(_entry.RequestHeaders, "Cookie") ?? "").Split(';'))
                {
                    var equals = cookie.IndexOf('=');
                    if (equals > 0 && string.Equals(cookie.Substring(0, equals).Trim(), parameter.Name, StringComparison.Ordinal)) return cookie.Substring(equals + 1).Trim();
                }
                return null;
        }
    }

    /// <summary>The recorded queryString, or the URL's query when the recorder left the list empty.</summary>
    private IReadOnlyList<HarPair> Query()
    {
        if (_entry.QueryString.Count > 0 || !Uri.TryCreate(_entry.Url, UriKind.Absolute, out var uri) || uri.Query.Length <= 1) return _entry.QueryString;
        var pairs = new List<HarPair>();
        foreach (var pair in uri.Query.Substring(1).Split('&'))
        {
            var equals = pair.IndexOf('=');
            string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
            pairs.Add(equals < 0 ? new HarPair(Decode(pair), "") : new HarPair(Decode(pair.Substring(0, equals)), Decode(pair.Substring(equals + 1))));
        }
        return pairs;
    }

    /// <summary>
    /// A parameter's text as the JSON value the client would have sent for it: a number or boolean when the text is one
    /// and the type wants one, else a string (which a numeric type then refuses as the wrong type).
    /// </summary>
    private static string AsJson(string text, TypeRef type)
    {
        if (type.IsNumber && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && IsJsonNumber(text)) return text;
        if (type.Kind == ValueKind.Boolean && text is "true" or "false") return text;
        return JsonText.Quote(text);
    }

    private static bool IsJsonNumber(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Number;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void RequestBody()
    {
        if (Target.Plan.RequestBody is not { } type || Target.Operation.RequestBody is not { } declared) return;
        const string Part = "request body";
        if (_entry.RequestBody is not { } body)
        {
            if (Target.Plan.RequestBodyRequired) Report(Part, new ValidationError("", "required", null, null, "the request body is required."), declared.Schema, declared.Span, secret: false);
            return;
        }
        if (Target.Plan.RequestEncoding != BodyEncoding.Json)
        {
            Note($"request body ({Target.Plan.RequestEncoding.ToString().ToLowerInvariant()}) not checked: only JSON bodies are");
            return;
        }
        Body(Part, body, type, declared.Schema, declared.Span);
    }

    private void ResponseBody()
    {
        if (_entry.Status == 0)
        {
            Note("no response recorded");
            return;
        }
        var index = ResponseIndex();
        var status = _entry.Status.ToString(CultureInfo.InvariantCulture);
        if (index < 0)
        {
            Note($"response {status} not declared by {Target.Name}: its body is not checked");
            return;
        }
        var declared = Target.Operation.Responses[index];
        var plan = Target.Plan.Responses[index];
        if (plan.Body is not { } type || _entry.ResponseBody is not { } body) return;
        var part = $"response {status} body";
        if (!plan.IsJson)
        {
            Note($"{part} declared as {(plan.MediaType.Length == 0 ? "not JSON" : plan.MediaType)}: not checked");
            return;
        }
        Body(part, body, type, declared.Schema, declared.Span);
    }

    /// <summary>The declared response for the status: exact code, then its range (2XX), then default.</summary>
    private int ResponseIndex()
    {
        var responses = Target.Operation.Responses;
        for (var i = 0; i < responses.Count; i++) if (!responses[i].IsRange && responses[i].StatusCode == _entry.Status) return i;
        for (var i = 0; i < responses.Count; i++) if (responses[i].IsRange && responses[i].StatusCode / 100 == _entry.Status / 100) return i;
        for (var i = 0; i < responses.Count; i++) if (responses[i].StatusCode == 0) return i;
        return -1;
    }

    private void Body(string part, HarBody body, TypeRef type, Schema? schema, SourceSpan span)
    {
        var mediaType = body.MimeType;
        if (mediaType.Length > 0 && !MediaTypes.IsJson(mediaType))
        {
            Note($"{part} is {MediaTypes.Essence(mediaType)}, not JSON: not checked");
            return;
        }
        if (body.Text is not { } text)
        {
            Note($"{part} is base64 of bytes that are not UTF-8 text: not checked");
            return;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = ClientMaxDepth });
        }
        catch (JsonException exception)
        {
            var line = ((exception.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
            var why = IsJsonWithoutDepthLimit(text)
                ? $"is nested deeper than {ClientMaxDepth} levels, the most the generated client reads (line {line} of the body)."
                : $"is not valid JSON (line {line} of the body).";
            Report(part, new ValidationError("", "json", null, null, why), schema, span, secret: false);
            return;
        }
        using (document)
        {
            foreach (var error in Target.Checker.Check(document.RootElement, type))
            {
                Report(part, error, schema, span, secret: LooksSecret(error.Path));
            }
        }
    }

    // JsonSerializerOptions' default depth, which the generated client reads bodies with.
    private const int ClientMaxDepth = 64;

    /// <summary>True when the text is JSON once no depth limit applies: a text the limited parse refused is then too deep.</summary>
    private static bool IsJsonWithoutDepthLimit(string text)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = int.MaxValue / 2 });
        try
        {
            while (reader.Read())
            {
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A member such as /auth/access_token: its value is never echoed.</summary>
    private static bool LooksSecret(string pointer)
    {
        var last = pointer.LastIndexOf('/');
        return last >= 0 && SecretRedaction.IsSecret(pointer.Substring(last + 1));
    }

    private void Report(string part, ValidationError error, Schema? schema, SourceSpan span, bool secret)
    {
        var place = schema is null ? new SchemaPlace(span, ConstraintOrigin.Keyword) : SchemaPlaces.Find(schema, Target.Lookup, error.Path, error.Keyword, span);
        var actual = secret ? SecretRedaction.Mask : error.Actual;
        var message = secret && error.Actual is not null ? error.Message.Replace(error.Actual, SecretRedaction.Mask, StringComparison.Ordinal) : error.Message;
        var location = place.Span == SourceSpan.None ? null : new SourceLocation(Target.File, place.Span, null);
        _violations.Add(new Violation(_entry.Index, _entry.StartedDateTime, _entry.Method, _url, Target.Name, part, error.Path, error.Keyword,
            error.Limit, actual, message, location, place.OriginText));
    }

    private void Note(string reason) => _notes.Add(new EntryNote(_entry.Index, _entry.StartedDateTime, _entry.Method, _url, reason));

    private static string? Header(IReadOnlyList<HarPair> headers, string name)
    {
        foreach (var header in headers) if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase)) return header.Value;
        return null;
    }
}
