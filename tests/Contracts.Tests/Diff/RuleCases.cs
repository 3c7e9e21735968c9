using System.Collections.Generic;
using System.Linq;
using Contracts.Tool.Diff.Rules;
using static Contracts.Tests.Diff.TestApi;

namespace Contracts.Tests.Diff;

/// <summary>One before/after pair per rule of the catalogue: value rules from <see cref="ValueFragments"/>, the others written out.</summary>
internal static class RuleCases
{
    private const string Items = "/items";

    public static IReadOnlyDictionary<string, RuleCase> ById { get; } = All().ToDictionary(c => c.RuleId);

    private static IEnumerable<RuleCase> All() => ValueCases().Concat(OperationCases()).Concat(ParameterCases()).Concat(BodyCases())
        .Concat(StatusCases()).Concat(PropertyCases());

    private static IEnumerable<RuleCase> ValueCases()
    {
        foreach (var (suffix, (before, after)) in ValueFragments.BySuffix)
        {
            var schemas = ValueFragments.Schemas;
            yield return new RuleCase($"request-parameter-{suffix}", QueryParameter(before, schemas), QueryParameter(after, schemas));
            yield return new RuleCase($"request-property-{suffix}", RequestProperty(before, schemas), RequestProperty(after, schemas), "/p");
            yield return new RuleCase($"response-property-{suffix}", ResponseProperty(before, schemas), ResponseProperty(after, schemas), "/p");
        }
    }

    private static string Get(string operation = "{}", string path = Items) => Document("get", path, operation);

    private static IEnumerable<RuleCase> OperationCases() => new[]
    {
        new RuleCase("operation-added", Get(), Document(new[] { ("get", Items, "{}"), ("post", Items, "{}") })),
        new RuleCase("operation-removed", Document(new[] { ("get", Items, "{}"), ("post", Items, "{}") }), Get()),
        new RuleCase("operation-method-changed", Get("""{"operationId": "listItems"}"""), Document("post", Items, """{"operationId": "listItems"}""")),
        new RuleCase("operation-path-changed", Get("""{"operationId": "listItems"}"""), Get("""{"operationId": "listItems"}""", "/things")),
        new RuleCase("operation-id-changed", Get("""{"operationId": "listItems"}"""), Get("""{"operationId": "findItems"}""")),
        new RuleCase("operation-folder-changed", Get("""{"x-apifox-folder": "Items"}"""), Get("""{"x-apifox-folder": "Things"}""")),
        new RuleCase("operation-summary-changed", Get("""{"summary": "List items"}"""), Get("""{"summary": "Find items"}""")),
        new RuleCase("operation-description-changed", Get("""{"description": "Lists items."}"""), Get("""{"description": "Lists every item."}""")),
    };

    private static string Parameters(params string[] parameters) => Get("{\"parameters\": [" + string.Join(", ", parameters) + "]}");

    private const string Limit = """{"name": "limit", "in": "query", "schema": {"type": "integer"}}""";
    private const string RequiredLimit = """{"name": "limit", "in": "query", "required": true, "schema": {"type": "integer"}}""";
    private const string Offset = """{"name": "offset", "in": "query", "schema": {"type": "integer"}}""";

    private static IEnumerable<RuleCase> ParameterCases() => new[]
    {
        new RuleCase("request-parameter-added-required", Parameters(), Parameters(RequiredLimit)),
        new RuleCase("request-parameter-removed-required", Parameters(RequiredLimit), Parameters()),
        new RuleCase("request-parameter-added-optional", Parameters(), Parameters(Limit)),
        new RuleCase("request-parameter-removed-optional", Parameters(Limit), Parameters()),
        new RuleCase("request-parameter-became-required", Parameters(Limit), Parameters(RequiredLimit)),
        new RuleCase("request-parameter-became-optional", Parameters(RequiredLimit), Parameters(Limit)),
        new RuleCase("request-parameter-renamed",
            Get("""{"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]}""", "/items/{id}"),
            Get("""{"parameters": [{"name": "itemId", "in": "path", "required": true, "schema": {"type": "string"}}]}""", "/items/{itemId}")),
        new RuleCase("request-parameter-example-changed",
            Parameters("""{"name": "limit", "in": "query", "example": 10, "schema": {"type": "integer"}}"""),
            Parameters("""{"name": "limit", "in": "query", "example": 20, "schema": {"type": "integer"}}""")),
        new RuleCase("request-parameter-order-changed", Parameters(Limit, Offset), Parameters(Offset, Limit)),
    };

    private static string Post(string operation) => Document("post", Items, operation);

    private const string Optional = """{"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}}""";
    private const string Required = """{"requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object"}}}}}""";

    private static IEnumerable<RuleCase> BodyCases() => new[]
    {
        new RuleCase("request-body-added-required", Post("{}"), Post(Required)),
        new RuleCase("request-body-removed-required", Post(Required), Post("{}")),
        new RuleCase("request-body-added-optional", Post("{}"), Post(Optional)),
        new RuleCase("request-body-removed-optional", Post(Optional), Post("{}")),
        new RuleCase("request-body-became-required", Post(Optional), Post(Required)),
        new RuleCase("request-body-became-optional", Post(Required), Post(Optional)),
        new RuleCase("request-media-type-changed",
            Post("""{"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}}"""),
            Post("""{"requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}}}}}""")),
        new RuleCase("request-example-changed",
            Post("""{"requestBody": {"content": {"application/json": {"schema": {"type": "object"}, "example": {"n": 1}}}}}"""),
            Post("""{"requestBody": {"content": {"application/json": {"schema": {"type": "object"}, "example": {"n": 2}}}}}""")),
        new RuleCase("response-media-type-changed",
            Get("""{"responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "string"}}}}}}"""),
            Get("""{"responses": {"200": {"description": "OK", "content": {"text/plain": {"schema": {"type": "string"}}}}}}""")),
        new RuleCase("response-example-changed",
            Get("""{"responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}, "example": {"id": 1}}}}}}"""),
            Get("""{"responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}, "example": {"id": 2}}}}}}""")),
        new RuleCase("response-body-added",
            Get("""{"responses": {"200": {"description": "OK"}}}"""),
            Get("""{"responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}}""")),
        new RuleCase("response-body-removed",
            Get("""{"responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}}"""),
            Get("""{"responses": {"200": {"description": "OK"}}}""")),
    };

    private static string Statuses(params int[] statuses)
        => Get("{\"responses\": {" + string.Join(", ", statuses.Select(s => $"\"{s}\": {{\"description\": \"S{s}\"}}")) + "}}");

    private static IEnumerable<RuleCase> StatusCases() => new[]
    {
        new RuleCase("response-success-status-added", Statuses(200), Statuses(200, 202)),
        new RuleCase("response-success-status-removed", Statuses(200, 201), Statuses(200)),
        new RuleCase("response-error-status-added", Statuses(200), Statuses(200, 409)),
        new RuleCase("response-error-status-removed", Statuses(200, 409), Statuses(200)),
        new RuleCase("response-description-changed",
            Get("""{"responses": {"200": {"description": "OK"}}}"""), Get("""{"responses": {"200": {"description": "Found"}}}""")),
    };

    private const string OneMember = """{"type": "object", "properties": {"a": {"type": "string"}}}""";
    private const string TwoMembers = """{"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}}""";
    private const string TwoMembersReordered = """{"type": "object", "properties": {"b": {"type": "string"}, "a": {"type": "string"}}}""";
    private const string SecondRequired = """{"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "required": ["b"]}""";

    private static IEnumerable<RuleCase> PropertyCases()
    {
        foreach (var direction in new[] { "request", "response" })
        {
            string Body(string schema) => direction == "request" ? RequestBody(schema) : ResponseBody(schema);
            yield return new RuleCase($"{direction}-property-added-required", Body(OneMember), Body(SecondRequired), "/b");
            yield return new RuleCase($"{direction}-property-added-optional", Body(OneMember), Body(TwoMembers), "/b");
            yield return new RuleCase($"{direction}-property-removed-required", Body(SecondRequired), Body(OneMember), "/b");
            yield return new RuleCase($"{direction}-property-removed-optional", Body(TwoMembers), Body(OneMember), "/b");
            yield return new RuleCase($"{direction}-property-became-required", Body(TwoMembers), Body(SecondRequired), "/b");
            yield return new RuleCase($"{direction}-property-became-optional", Body(SecondRequired), Body(TwoMembers), "/b");
            yield return new RuleCase($"{direction}-property-order-changed", Body(TwoMembers), Body(TwoMembersReordered));
        }
    }

    /// <summary>Every rule ID of the catalogue, for theories.</summary>
    public static IEnumerable<object[]> RuleIds() => RuleCatalogue.All.Select(rule => new object[] { rule.Id });
}
