using System;
using System.Collections.Generic;
using System.Linq;
using static Contracts.Tool.Diff.Rules.RuleAction;
using static Contracts.Tool.Diff.Rules.RuleKind;
using static Contracts.Tool.Diff.Rules.RuleLevel;

namespace Contracts.Tool.Diff.Rules;

/// <summary>
/// Every rule the diff knows, in one table. The engine reports the typed rules below by reference, and value rules by
/// their <see cref="ValueChange"/> and place; levels, tags and explanations live here, and the README table is printed
/// from this list (a test keeps the two equal).
/// </summary>
internal static class RuleCatalogue
{
    private const string NoResponseParameters = "Responses have no parameters: the model does not read response headers.";
    private const string NoRequestStatus = "Requests have no status code.";
    private const string RequestBodySplitByRequiredness = "A request body is added or removed as required or optional (request-body-*-required, request-body-*-optional); a response body is neither.";
    private const string NoResponseBodyRequiredness = "A response body is never optional in the model: a status declares one or not (response-body-added, response-body-removed).";
    private const string NoRequestStatusText = "Requests have no status name or description.";

    /// <summary>The places a value lives, as ID prefixes: (direction, subject).</summary>
    internal static readonly (RuleDirection Direction, string Subject)[] ValuePlaces =
    {
        (RuleDirection.Request, "parameter"),
        (RuleDirection.Request, "property"),
        (RuleDirection.Response, "property"),
    };

    // Lazy, because the tables below are static fields that must be initialised first.
    private static Rule[]? _all;
    private static Dictionary<string, Rule>? _byId;

    public static IReadOnlyList<Rule> All => _all ??= Build();

    private static Dictionary<string, Rule> ById => _byId ??= All.ToDictionary(rule => rule.Id, StringComparer.Ordinal);

    public static bool TryGet(string id, out Rule rule) => ById.TryGetValue(id, out rule!);

    public static Rule Get(string id)
        => ById.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"No rule '{id}' in the catalogue.");

    /// <summary>True for the changes of <see cref="ValueRows"/>, which have rules for parameters too (member changes do not).</summary>
    public static bool HasParameterRule(ValueChange change) => (_rowChanges ??= new HashSet<ValueChange>(ValueRows.Select(row => row.Change))).Contains(change);

    private static HashSet<ValueChange>? _rowChanges;

    /// <summary>The rule for a change the schema walker found, at one place (subject "parameter" or "property").</summary>
    public static Rule ValueRule(RuleDirection direction, string subject, ValueChange change) => Get(ValueRuleId(direction, subject, change.Suffix));

    /// <summary>The ID a value rule has at one place, e.g. ("request", "parameter", "maximum-decreased").</summary>
    public static string ValueRuleId(RuleDirection direction, string subject, string suffix) => $"{Prefix(direction)}-{subject}-{suffix}";

    public static string Prefix(RuleDirection direction) => direction switch
    {
        RuleDirection.Request => "request",
        RuleDirection.Response => "response",
        _ => "operation",
    };

    private static Rule[] Build()
    {
        var rules = new List<Rule>();
        rules.AddRange(OperationRules());
        rules.AddRange(ParameterRules());
        rules.AddRange(BodyRules());
        rules.AddRange(StatusRules());
        rules.AddRange(PropertyRules());
        foreach (var row in ValueRows)
        {
            foreach (var (direction, subject) in ValuePlaces)
            {
                var request = direction == RuleDirection.Request;
                rules.Add(new Rule(ValueRuleId(direction, subject, row.Change.Suffix), request ? row.RequestLevel : row.ResponseLevel, direction, row.Kind,
                    row.Action, subject, row.Aspect, request ? row.RequestExplanation : row.ResponseExplanation, row.Example)
                {
                    WhyNoDirectionMirror = subject == "parameter" ? NoResponseParameters : null,
                });
            }
        }
        return rules.ToArray();
    }

    private static Rule Operation(string id, RuleLevel level, RuleKind kind, RuleAction action, string aspect, string explanation, string before, string after)
        => new(id, level, RuleDirection.Operation, kind, action, "operation", aspect, explanation, new RuleExample(before, after));

    private static Rule Request(string id, RuleLevel level, RuleKind kind, RuleAction action, string subject, string aspect, string explanation, string before, string after)
        => new(id, level, RuleDirection.Request, kind, action, subject, aspect, explanation, new RuleExample(before, after));

    private static Rule Response(string id, RuleLevel level, RuleKind kind, RuleAction action, string subject, string aspect, string explanation, string before, string after)
        => new(id, level, RuleDirection.Response, kind, action, subject, aspect, explanation, new RuleExample(before, after));

    public static readonly Rule OperationAdded =
        Operation("operation-added", Info, Existence, Added, "operation",
                "A new operation callers may start using; nothing they call today changes.", "(none)", "GET /pets/{id}");
    public static readonly Rule OperationRemoved =
        Operation("operation-removed", Breaking, Existence, Removed, "operation",
                "Calls to this operation will fail (typically 404 or 405).", "GET /pets/{id}", "(none)");
    public static readonly Rule OperationMethodChanged =
        Operation("operation-method-changed", Breaking, Existence, Changed, "method",
                "The operation (same operationId) answers to another HTTP method; calls with the old one fail.", "GET /pets/{id}", "POST /pets/{id}");
    public static readonly Rule OperationPathChanged =
        Operation("operation-path-changed", Breaking, Existence, Changed, "path",
                "The operation (same operationId) moved to another path; calls to the old path fail.", "GET /pets/{id}", "GET /animals/{id}");
    public static readonly Rule OperationIdChanged =
        Operation("operation-id-changed", Warning, Documentation, Changed, "operation-id",
                "The wire is the same, but client methods generated from the operationId are renamed.", "operationId: getPet", "operationId: fetchPet");
    public static readonly Rule OperationFolderChanged =
        Operation("operation-folder-changed", Warning, Documentation, Changed, "folder",
                "The wire is the same, but generated clients group the method under another folder property.", "folder: Pets", "folder: Animals");
    public static readonly Rule OperationSummaryChanged =
        Operation("operation-summary-changed", Info, Documentation, Changed, "summary",
                "Only the summary changed.", "summary: Get a pet", "summary: Find a pet");
    public static readonly Rule OperationDescriptionChanged =
        Operation("operation-description-changed", Info, Documentation, Changed, "description",
                "Only the description changed.", "description: …", "description: … (reworded)");

    public static readonly Rule RequestParameterAddedRequired =
        Request("request-parameter-added-required", Breaking, Existence, Added, "parameter", "required-parameter",
                "Callers must send a parameter they do not know about; calls without it are rejected.", "(none)", "query limit, required") with { WhyNoDirectionMirror = NoResponseParameters };
    public static readonly Rule RequestParameterRemovedRequired =
        Request("request-parameter-removed-required", Warning, Existence, Removed, "parameter", "required-parameter",
                "The operation no longer reads a parameter callers must send today; what they send is ignored.", "query limit, required", "(none)") with { WhyNoDirectionMirror = NoResponseParameters };
    public static readonly Rule RequestParameterAddedOptional =
        Request("request-parameter-added-optional", Info, Existence, Added, "parameter", "optional-parameter",
                "Callers may send a new parameter; calls without it work as before.", "(none)", "query limit") with { WhyNoDirectionMirror = NoResponseParameters };
    public static readonly Rule RequestParameterRemovedOptional =
        Request("request-parameter-removed-optional", Warning, Existence, Removed, "parameter", "optional-parameter",
                "The operation no longer reads this parameter; callers that send it lose its effect.", "query limit", "(none)") with { WhyNoDirectionMirror = NoResponseParameters };
    public static readonly Rule RequestParameterBecameRequired =
        Request("request-parameter-became-required", Breaking, Requiredness, Added, "parameter", "requiredness",
                "A parameter callers could leave out must now be sent.", "query limit", "query limit, required") with { WhyNoDirectionMirror = NoResponseParameters };
    public static readonly Rule RequestParameterBecameOptional =
        Request("request-parameter-became-optional", Info, Requiredness, Removed, "parameter", "requiredness",
                "A parameter callers had to send may now be left out.", "query limit, required", "query limit") with { WhyNoDirectionMirror = NoResponseParameters };
    public static readonly Rule RequestParameterRenamed =
        Request("request-parameter-renamed", Info, Documentation, Changed, "parameter", "name",
                "Only a path placeholder's name changed; the URL is the same, though generated method parameters are renamed.", "/pets/{id}", "/pets/{petId}") with { WhyNoDirectionMirror = NoResponseParameters };
    public static readonly Rule RequestParameterExampleChanged =
        Request("request-parameter-example-changed", Info, Documentation, Changed, "parameter", "example",
                "Only the parameter's example changed.", "example: 10", "example: 20") with { WhyNoDirectionMirror = NoResponseParameters };
    public static readonly Rule RequestParameterOrderChanged =
        Request("request-parameter-order-changed", Info, Documentation, Changed, "parameter", "order",
                "Parameters are listed in another order; calls are the same, generated method signatures follow the new order.", "limit, offset", "offset, limit") with { WhyNoDirectionMirror = NoResponseParameters };

    public static readonly Rule RequestBodyAddedRequired =
        Request("request-body-added-required", Breaking, Existence, Added, "body", "required-body",
                "Callers must now send a body; calls without one are rejected.", "(no body)", "requestBody, required") with { WhyNoDirectionMirror = RequestBodySplitByRequiredness };
    public static readonly Rule RequestBodyRemovedRequired =
        Request("request-body-removed-required", Warning, Existence, Removed, "body", "required-body",
                "The operation no longer reads the body callers must send today; it is ignored.", "requestBody, required", "(no body)") with { WhyNoDirectionMirror = RequestBodySplitByRequiredness };
    public static readonly Rule RequestBodyAddedOptional =
        Request("request-body-added-optional", Info, Existence, Added, "body", "optional-body",
                "Callers may now send a body; calls without one work as before.", "(no body)", "requestBody") with { WhyNoDirectionMirror = RequestBodySplitByRequiredness };
    public static readonly Rule RequestBodyRemovedOptional =
        Request("request-body-removed-optional", Warning, Existence, Removed, "body", "optional-body",
                "The operation no longer reads the optional body; callers that send it lose its effect.", "requestBody", "(no body)") with { WhyNoDirectionMirror = RequestBodySplitByRequiredness };
    public static readonly Rule RequestBodyBecameRequired =
        Request("request-body-became-required", Breaking, Requiredness, Added, "body", "requiredness",
                "Calls that leave the body out are now rejected.", "requestBody", "requestBody, required") with { WhyNoDirectionMirror = NoResponseBodyRequiredness };
    public static readonly Rule RequestBodyBecameOptional =
        Request("request-body-became-optional", Info, Requiredness, Removed, "body", "requiredness",
                "Callers may now leave the body out.", "requestBody, required", "requestBody") with { WhyNoDirectionMirror = NoResponseBodyRequiredness };
    public static readonly Rule RequestMediaTypeChanged =
        Request("request-media-type-changed", Breaking, RuleKind.Type, Changed, "body", "media-type",
                "The body must be sent as another media type (say form data instead of JSON); bodies sent today are rejected.", "application/json", "multipart/form-data");
    public static readonly Rule ResponseMediaTypeChanged =
        Response("response-media-type-changed", Breaking, RuleKind.Type, Changed, "body", "media-type",
                "The body arrives as another media type; callers that parse the old one fail.", "application/json", "text/plain");
    public static readonly Rule RequestExampleChanged =
        Request("request-example-changed", Info, Documentation, Changed, "body", "example",
                "Only the examples of the request body changed.", "example: {\"n\": 1}", "example: {\"n\": 2}");
    public static readonly Rule ResponseExampleChanged =
        Response("response-example-changed", Info, Documentation, Changed, "body", "example",
                "Only the examples of the response body changed.", "example: {\"id\": 1}", "example: {\"id\": 2}");
    public static readonly Rule ResponseBodyAdded =
        Response("response-body-added", Info, Existence, Added, "body", "body",
                "A status that had no body now has one; callers that ignore it are unaffected.", "200 (no body)", "200 application/json") with { WhyNoDirectionMirror = RequestBodySplitByRequiredness };
    public static readonly Rule ResponseBodyRemoved =
        Response("response-body-removed", Breaking, Existence, Removed, "body", "body",
                "The status no longer carries the body callers read.", "200 application/json", "200 (no body)") with { WhyNoDirectionMirror = RequestBodySplitByRequiredness };

    public static readonly Rule ResponseSuccessStatusAdded =
        Response("response-success-status-added", Warning, Existence, Added, "status", "success-status",
                "Callers may get a success status they do not handle; generated clients change the result type to tell statuses apart.", "200", "200, 202") with { WhyNoDirectionMirror = NoRequestStatus };
    public static readonly Rule ResponseSuccessStatusRemoved =
        Response("response-success-status-removed", Breaking, Existence, Removed, "status", "success-status",
                "A success status callers handle is no longer returned; success now looks different to them.", "200, 201", "200") with { WhyNoDirectionMirror = NoRequestStatus };
    public static readonly Rule ResponseErrorStatusAdded =
        Response("response-error-status-added", Info, Existence, Added, "status", "error-status",
                "A new error status (any status outside 2xx) is documented; callers handling unknown errors generically are unaffected.", "200", "200, 409") with { WhyNoDirectionMirror = NoRequestStatus };
    public static readonly Rule ResponseErrorStatusRemoved =
        Response("response-error-status-removed", Info, Existence, Removed, "status", "error-status",
                "An error status is no longer documented; handling for it becomes dead code.", "200, 409", "200") with { WhyNoDirectionMirror = NoRequestStatus };
    public static readonly Rule ResponseDescriptionChanged =
        Response("response-description-changed", Info, Documentation, Changed, "status", "description",
                "Only the response's name or description changed.", "200: OK", "200: Success") with { WhyNoDirectionMirror = NoRequestStatusText };

    public static readonly Rule RequestPropertyAddedRequired =
        Request("request-property-added-required", Breaking, Existence, Added, "property", "required-member",
                "Callers must send a member they do not know about; requests without it are rejected.", "(none)", "\"seed\", required");
    public static readonly Rule ResponsePropertyAddedRequired =
        Response("response-property-added-required", Info, Existence, Added, "property", "required-member",
                "A member that is always present was added; callers that do not know it ignore it.", "(none)", "\"seed\", required");
    public static readonly Rule RequestPropertyRemovedRequired =
        Request("request-property-removed-required", Warning, Existence, Removed, "property", "required-member",
                "The server no longer reads a member callers must send today; it is ignored, or rejected where undeclared members are forbidden.", "\"seed\", required", "(none)");
    public static readonly Rule ResponsePropertyRemovedRequired =
        Response("response-property-removed-required", Breaking, Existence, Removed, "property", "required-member",
                "A member that was always present is gone; callers reading it fail.", "\"seed\", required", "(none)");
    public static readonly Rule RequestPropertyAddedOptional =
        Request("request-property-added-optional", Info, Existence, Added, "property", "optional-member",
                "Callers may send a new member; requests without it work as before.", "(none)", "\"seed\"");
    public static readonly Rule ResponsePropertyAddedOptional =
        Response("response-property-added-optional", Info, Existence, Added, "property", "optional-member",
                "A member that may be present was added; callers that do not know it ignore it.", "(none)", "\"seed\"");
    public static readonly Rule RequestPropertyRemovedOptional =
        Request("request-property-removed-optional", Warning, Existence, Removed, "property", "optional-member",
                "The server no longer reads this member; callers that send it lose its effect.", "\"seed\"", "(none)");
    public static readonly Rule ResponsePropertyRemovedOptional =
        Response("response-property-removed-optional", Warning, Existence, Removed, "property", "optional-member",
                "A member that could be present is gone; callers that used it lose the information.", "\"seed\"", "(none)");
    public static readonly Rule RequestPropertyBecameRequired =
        Request("request-property-became-required", Breaking, Requiredness, Added, "property", "requiredness",
                "A member callers could leave out must now be sent.", "\"required\": []", "\"required\": [\"seed\"]");
    public static readonly Rule ResponsePropertyBecameRequired =
        Response("response-property-became-required", Info, Requiredness, Added, "property", "requiredness",
                "A member that could be missing is now always present.", "\"required\": []", "\"required\": [\"seed\"]");
    public static readonly Rule RequestPropertyBecameOptional =
        Request("request-property-became-optional", Info, Requiredness, Removed, "property", "requiredness",
                "A member callers had to send may now be left out.", "\"required\": [\"seed\"]", "\"required\": []");
    public static readonly Rule ResponsePropertyBecameOptional =
        Response("response-property-became-optional", Breaking, Requiredness, Removed, "property", "requiredness",
                "A member that was always present may now be missing; callers that read it unchecked fail.", "\"required\": [\"seed\"]", "\"required\": []");
    public static readonly Rule RequestPropertyOrderChanged =
        Request("request-property-order-changed", Info, Documentation, Changed, "property", "order",
                "Members are listed in another order; the JSON means the same, generated members follow the new order.", "\"a\", \"b\"", "\"b\", \"a\"");
    public static readonly Rule ResponsePropertyOrderChanged =
        Response("response-property-order-changed", Info, Documentation, Changed, "property", "order",
                "Members are listed in another order; the JSON means the same, generated members follow the new order.", "\"a\", \"b\"", "\"b\", \"a\"");

    private static IEnumerable<Rule> OperationRules() => new[]
    {
        OperationAdded,
        OperationRemoved,
        OperationMethodChanged,
        OperationPathChanged,
        OperationIdChanged,
        OperationFolderChanged,
        OperationSummaryChanged,
        OperationDescriptionChanged,
    };

    private static IEnumerable<Rule> ParameterRules() => new[]
    {
        RequestParameterAddedRequired,
        RequestParameterRemovedRequired,
        RequestParameterAddedOptional,
        RequestParameterRemovedOptional,
        RequestParameterBecameRequired,
        RequestParameterBecameOptional,
        RequestParameterRenamed,
        RequestParameterExampleChanged,
        RequestParameterOrderChanged,
    };

    private static IEnumerable<Rule> BodyRules() => new[]
    {
        RequestBodyAddedRequired,
        RequestBodyRemovedRequired,
        RequestBodyAddedOptional,
        RequestBodyRemovedOptional,
        RequestBodyBecameRequired,
        RequestBodyBecameOptional,
        RequestMediaTypeChanged,
        ResponseMediaTypeChanged,
        RequestExampleChanged,
        ResponseExampleChanged,
        ResponseBodyAdded,
        ResponseBodyRemoved,
    };

    private static IEnumerable<Rule> StatusRules() => new[]
    {
        ResponseSuccessStatusAdded,
        ResponseSuccessStatusRemoved,
        ResponseErrorStatusAdded,
        ResponseErrorStatusRemoved,
        ResponseDescriptionChanged,
    };

    private static IEnumerable<Rule> PropertyRules() => new[]
    {
        RequestPropertyAddedRequired,
        ResponsePropertyAddedRequired,
        RequestPropertyRemovedRequired,
        ResponsePropertyRemovedRequired,
        RequestPropertyAddedOptional,
        ResponsePropertyAddedOptional,
        RequestPropertyRemovedOptional,
        ResponsePropertyRemovedOptional,
        RequestPropertyBecameRequired,
        ResponsePropertyBecameRequired,
        RequestPropertyBecameOptional,
        ResponsePropertyBecameOptional,
        RequestPropertyOrderChanged,
        ResponsePropertyOrderChanged,
    };

    private static RuleExample Ex(string before, string after) => new(before, after);

    private static ValueRuleRow Row(ValueChange change, RuleKind kind, RuleAction action, string aspect,
        RuleLevel requestLevel, string request, RuleLevel responseLevel, string response, RuleExample example)
        => new(change, kind, action, aspect, requestLevel, request, responseLevel, response, example);

    /// <summary>Bounds above (maximum, maxLength, maxItems) and below share their levels; only the words differ.</summary>
    /// <param name="beyond">What the bound rejects, before "the new limit" or "it": "values above", "texts longer than".</param>
    private static IEnumerable<ValueRuleRow> UpperBound(ValueChange.BoundChanges bound, string keyword, string beyond, int before, int after) => new[]
    {
        Row(bound.Decreased, Constraint, Decreased, bound.Name, Breaking, $"The upper limit is lower; {beyond} the new limit are rejected.",
            Info, "Values stay within a tighter limit than before.", Ex($"\"{keyword}\": {before}", $"\"{keyword}\": {after}")),
        Row(bound.Increased, Constraint, Increased, bound.Name, Info, "The upper limit is higher; everything valid before still is.",
            Warning, "Values may exceed the old limit; callers that relied on it (buffers, UI limits) may misbehave.", Ex($"\"{keyword}\": {after}", $"\"{keyword}\": {before}")),
        Row(bound.Added, Constraint, Added, bound.Name, Breaking, $"An upper limit now applies where there was none; {beyond} it are rejected.",
            Info, "Values now promise an upper limit.", Ex("(none)", $"\"{keyword}\": {after}")),
        Row(bound.Removed, Constraint, Removed, bound.Name, Info, "No upper limit applies any more; everything valid before still is.",
            Warning, "Values are no longer limited above; callers that relied on the limit may misbehave.", Ex($"\"{keyword}\": {before}", "(none)")),
    };

    /// <param name="beyond">What the bound rejects: "values below", "texts shorter than".</param>
    private static IEnumerable<ValueRuleRow> LowerBound(ValueChange.BoundChanges bound, string keyword, string beyond, int before, int after) => new[]
    {
        Row(bound.Increased, Constraint, Increased, bound.Name, Breaking, $"The lower limit is higher; {beyond} the new limit are rejected.",
            Info, "Values stay within a tighter limit than before.", Ex($"\"{keyword}\": {before}", $"\"{keyword}\": {after}")),
        Row(bound.Decreased, Constraint, Decreased, bound.Name, Info, "The lower limit is lower; everything valid before still is.",
            Warning, "Values may fall below the old limit; callers that relied on it may misbehave.", Ex($"\"{keyword}\": {after}", $"\"{keyword}\": {before}")),
        Row(bound.Added, Constraint, Added, bound.Name, Breaking, $"A lower limit now applies where there was none; {beyond} it are rejected.",
            Info, "Values now promise a lower limit.", Ex("(none)", $"\"{keyword}\": {after}")),
        Row(bound.Removed, Constraint, Removed, bound.Name, Info, "No lower limit applies any more; everything valid before still is.",
            Warning, "Values are no longer limited below; callers that relied on the limit may misbehave.", Ex($"\"{keyword}\": {before}", "(none)")),
    };

    internal static readonly ValueRuleRow[] ValueRows = new[]
    {
        Row(ValueChange.TypeChanged, RuleKind.Type, Changed, "type",
            Breaking, "The server expects another JSON type; values callers send today are rejected.",
            Breaking, "The value arrives as another JSON type; callers that parse the old one fail.", Ex("\"type\": \"integer\"", "\"type\": \"string\"")),
        Row(ValueChange.TypeWidened, RuleKind.Type, Increased, "type",
            Info, "A wider type is accepted (any number where integers were, or any JSON); what callers send still fits.",
            Breaking, "The value may arrive as a wider type (fractions where integers were promised, or any JSON).", Ex("\"type\": \"integer\"", "\"type\": \"number\"")),
        Row(ValueChange.TypeNarrowed, RuleKind.Type, Decreased, "type",
            Breaking, "Only a narrower type is accepted (integers where any number was, or one type where any JSON was).",
            Info, "The value arrives as a narrower type; parsing for the wider one still works.", Ex("\"type\": \"number\"", "\"type\": \"integer\"")),
        Row(ValueChange.FormatAdded, RuleKind.Type, Added, "format",
            Breaking, "Values must now follow a format (date-time, uuid, …); free text callers send may be rejected.",
            Warning, "Values now promise a format; generated code may switch the member to a richer type (string → DateTimeOffset).", Ex("(none)", "\"format\": \"date-time\"")),
        Row(ValueChange.FormatRemoved, RuleKind.Type, Removed, "format",
            Warning, "The format no longer applies; generated code may switch the member back to plain text.",
            Breaking, "Values no longer promise the format; callers that parse it (as a date, a uuid, …) may fail.", Ex("\"format\": \"date-time\"", "(none)")),
        Row(ValueChange.FormatChanged, RuleKind.Type, Changed, "format",
            Breaking, "Values must follow another format; values formatted the old way may be rejected.",
            Breaking, "Values arrive in another format; parsing for the old one may fail.", Ex("\"format\": \"date-time\"", "\"format\": \"date\"")),
        Row(ValueChange.BecameNullable, RuleKind.Type, Added, "null",
            Info, "The value may be null too.",
            Breaking, "The value may now be null; callers that use it without a check fail.", Ex("\"type\": \"string\"", "\"type\": [\"string\", \"null\"]")),
        Row(ValueChange.BecameNonNullable, RuleKind.Type, Removed, "null",
            Breaking, "The value may no longer be null; callers that send null are rejected.",
            Info, "The value is never null any more.", Ex("\"nullable\": true", "\"nullable\": false")),
    }
    .Concat(UpperBound(ValueChange.Maximum, "maximum", "values above", 8, 6))
    .Concat(LowerBound(ValueChange.Minimum, "minimum", "values below", 1, 2))
    .Concat(UpperBound(ValueChange.MaxLength, "maxLength", "texts longer than", 120, 64))
    .Concat(LowerBound(ValueChange.MinLength, "minLength", "texts shorter than", 1, 3))
    .Concat(UpperBound(ValueChange.MaxItems, "maxItems", "arrays longer than", 10, 5))
    .Concat(LowerBound(ValueChange.MinItems, "minItems", "arrays shorter than", 1, 2))
    .Concat(new[]
    {
        Row(ValueChange.PatternChanged, Constraint, Changed, "pattern",
            Breaking, "Text must match another pattern; values that match only the old one are rejected.",
            Warning, "Text follows another pattern; callers that parse the old shape may fail.", Ex("\"pattern\": \"^[a-z]+$\"", "\"pattern\": \"^[a-z0-9]+$\"")),
        Row(ValueChange.PatternAdded, Constraint, Added, "pattern",
            Breaking, "Text must now match a pattern; values that do not are rejected.",
            Info, "Text now promises a pattern.", Ex("(none)", "\"pattern\": \"^[a-z]+$\"")),
        Row(ValueChange.PatternRemoved, Constraint, Removed, "pattern",
            Info, "Text no longer has to match a pattern.",
            Warning, "Text no longer promises a pattern; callers that parse its shape may fail.", Ex("\"pattern\": \"^[a-z]+$\"", "(none)")),
        Row(ValueChange.UniqueItemsAdded, Constraint, Added, "unique-items",
            Breaking, "Arrays with repeated items are now rejected.",
            Info, "Arrays now promise unique items.", Ex("(none)", "\"uniqueItems\": true")),
        Row(ValueChange.UniqueItemsRemoved, Constraint, Removed, "unique-items",
            Info, "Arrays may repeat items now.",
            Warning, "Arrays may now repeat items; callers that treat them as sets may misbehave.", Ex("\"uniqueItems\": true", "(none)")),
        Row(ValueChange.ExtraMembersForbidden, Constraint, Removed, "extra-members",
            Breaking, "Members the object does not declare are now rejected.",
            Info, "The object promises no undeclared members.", Ex("(none)", "\"additionalProperties\": false")),
        Row(ValueChange.ExtraMembersAllowed, Constraint, Added, "extra-members",
            Info, "Members the object does not declare are accepted now.",
            Info, "The object may carry undeclared members; generated clients keep them in AdditionalProperties.", Ex("\"additionalProperties\": false", "(none)")),
        Row(ValueChange.ExclusiveAlternativesAdded, Constraint, Added, "exclusive-alternatives",
            Breaking, "Values must match exactly one alternative (anyOf became oneOf); values matching several are rejected.",
            Info, "Values now match exactly one alternative.", Ex("\"anyOf\": […]", "\"oneOf\": […]")),
        Row(ValueChange.ExclusiveAlternativesRemoved, Constraint, Removed, "exclusive-alternatives",
            Info, "Values may match several alternatives (oneOf became anyOf).",
            Warning, "Values may match several alternatives; callers that expect exactly one match may misread them.", Ex("\"oneOf\": […]", "\"anyOf\": […]")),
        Row(ValueChange.EnumValueAdded, Values, Added, "enum-value",
            Info, "One more value is accepted.",
            Warning, "A new value may arrive; old clients may see a value they do not know.", Ex("\"enum\": [\"a\", \"b\"]", "\"enum\": [\"a\", \"b\", \"c\"]")),
        Row(ValueChange.EnumValueRemoved, Values, Removed, "enum-value",
            Breaking, "A value callers may send today is rejected.",
            Info, "A value no longer arrives; handling for it becomes dead code.", Ex("\"enum\": [\"a\", \"b\", \"c\"]", "\"enum\": [\"a\", \"b\"]")),
        Row(ValueChange.EnumAdded, Values, Added, "enum",
            Breaking, "Only a fixed list of values is accepted now.",
            Info, "Values now come from a fixed list.", Ex("\"type\": \"string\"", "\"enum\": [\"a\", \"b\"]")),
        Row(ValueChange.EnumRemoved, Values, Removed, "enum",
            Info, "Any value of the type is accepted now, not only the listed ones.",
            Warning, "Values no longer come from a fixed list; callers that switch over the known values may meet others.", Ex("\"enum\": [\"a\", \"b\"]", "\"type\": \"string\"")),
        Row(ValueChange.ConstAdded, Values, Added, "const",
            Breaking, "Only one value is accepted now.",
            Info, "The value is now always the same.", Ex("(none)", "\"const\": \"v1\"")),
        Row(ValueChange.ConstRemoved, Values, Removed, "const",
            Info, "Other values than the constant are accepted now.",
            Warning, "The value is no longer constant; callers that assumed it may misbehave.", Ex("\"const\": \"v1\"", "(none)")),
        Row(ValueChange.ConstChanged, Values, Changed, "const",
            Breaking, "Another constant is required; the value callers send today is rejected.",
            Breaking, "Another constant arrives; callers that check for the old one fail.", Ex("\"const\": \"v1\"", "\"const\": \"v2\"")),
        Row(ValueChange.DefaultChanged, Values, Changed, "default",
            Warning, "Leaving the value out now means something else: the default differs.",
            Warning, "The documented default differs; callers that fill it in themselves now disagree with the server.", Ex("\"default\": 1", "\"default\": 2")),
        Row(ValueChange.DefaultAdded, Values, Added, "default",
            Info, "Leaving the value out now has a documented meaning.",
            Info, "A default is documented now.", Ex("(none)", "\"default\": 1")),
        Row(ValueChange.DefaultRemoved, Values, Removed, "default",
            Warning, "Leaving the value out no longer has a documented meaning; send it explicitly.",
            Info, "The default is no longer documented.", Ex("\"default\": 1", "(none)")),
        Row(ValueChange.AlternativeAdded, RuleKind.Type, Added, "alternative",
            Info, "One more shape is accepted.",
            Warning, "The value may arrive in a shape old clients do not know.", Ex("\"oneOf\": [Cat]", "\"oneOf\": [Cat, Dog]")),
        Row(ValueChange.AlternativeRemoved, RuleKind.Type, Removed, "alternative",
            Breaking, "A shape callers may send today is rejected.",
            Info, "One shape no longer arrives.", Ex("\"oneOf\": [Cat, Dog]", "\"oneOf\": [Cat]")),
        Row(ValueChange.DiscriminatorChanged, Values, Changed, "discriminator",
            Breaking, "Another member tells the alternatives apart; the server may misread what callers send.",
            Breaking, "Another member tells the alternatives apart; callers may pick the wrong shape.", Ex("\"propertyName\": \"kind\"", "\"propertyName\": \"type\"")),
        Row(ValueChange.DescriptionChanged, Documentation, Changed, "description",
            Info, "Only the description changed.",
            Info, "Only the description changed.", Ex("\"description\": \"Count\"", "\"description\": \"How many\"")),
        Row(ValueChange.TitleChanged, Documentation, Changed, "title",
            Info, "Only the title changed.",
            Info, "Only the title changed.", Ex("\"title\": \"Pet\"", "\"title\": \"Animal\"")),
        Row(ValueChange.EnumDocumentationChanged, Documentation, Changed, "enum-documentation",
            Info, "Only names or descriptions of enum values changed; generated member names may change.",
            Info, "Only names or descriptions of enum values changed; generated member names may change.", Ex("x-apifox-enum a: \"Alpha\"", "x-apifox-enum a: \"First\"")),
    })
    .ToArray();
}
