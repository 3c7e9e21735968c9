using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Contracts;
using Contracts.Aot;
using Contracts.Replicate;

// NativeAOT proof: the seed's examples round-trip through the generated context, validate, and go through the
// generated client. Exits 1 on any difference, so CI fails.
var checks = new Checks();
var context = ReplicatePredictionsJsonContext.Default;

var requestJson = SeedPage.RequestExample();
var request = JsonSerializer.Deserialize(requestJson, context.PostPredictionsRequest)!;
checks.That(request.Validate().Count == 0, "request example is valid");
checks.That(request.AdditionalProperties?.ContainsKey("version") == true, "request keeps the undeclared 'version'");
checks.SameJson(requestJson, JsonSerializer.Serialize(request, context.PostPredictionsRequest), "request example round-trips");

var responseJson = SeedPage.ResponseExample("成功示例");
var response = JsonSerializer.Deserialize(responseJson, context.PostPredictionsResponse)!;
checks.That(response.Validate().Count == 0, "response example is valid");
checks.SameJson(responseJson, JsonSerializer.Serialize(response, context.PostPredictionsResponse), "response example round-trips");

// The page's other example belongs to another API: read leniently, then reported by Validate().
var foreign = JsonSerializer.Deserialize(SeedPage.ResponseExample("Create image"), context.PostPredictionsResponse)!;
checks.That(Has(foreign.Validate(), "/id", "required"), "foreign response example reports its missing 'id'");

// Out of range on purpose, to see Validate() catch it: the compile-time check (CTR6001) would refuse the constant.
#pragma warning disable CTR6001
var tooMany = request with { Input = request.Input! with { NumOutputs = 9 } };
#pragma warning restore CTR6001
checks.That(Has(tooMany.Validate(), "/input/num_outputs", "maximum"), "num_outputs 9 breaks the prose maximum of 8");

var handler = new ExampleHandler(responseJson);
using (var http = new HttpClient(handler) { BaseAddress = new Uri("https://relay.example.com/") })
{
    var client = new ReplicatePredictionsClient(http, new ContractsClientOptions { ApiKey = "test-key" });
    var answer = await client.PostPredictionsAsync(request);
    checks.That(handler.SentPath == "/replicate/v1/predictions", "client posts to the operation's path");
    checks.SameJson(requestJson, handler.SentBody ?? "null", "client sends the request example");
    checks.SameJson(responseJson, JsonSerializer.Serialize(answer, context.PostPredictionsResponse), "client reads the response example");
    await CheckClientRefusesInvalid(http, tooMany, checks);
}

Console.WriteLine(checks.Failures == 0 ? "all checks passed" : checks.Failures + " check(s) failed");
return checks.Failures == 0 ? 0 : 1;

// A loop, not LINQ, so the binary carries no more than the baseline's List.Contains.
static bool Has(IReadOnlyList<ValidationError> errors, string path, string keyword)
{
    foreach (var error in errors)
    {
        if (error.Path == path && error.Keyword == keyword) return true;
    }
    return false;
}

static async Task CheckClientRefusesInvalid(HttpClient http, PostPredictionsRequest invalid, Checks checks)
{
    try
    {
        await new ReplicatePredictionsClient(http).PostPredictionsAsync(invalid);
        checks.That(false, "client refuses an invalid request");
    }
    catch (ContractValidationException exception)
    {
        checks.That(exception.Errors.Count == 1, "client refuses an invalid request");
    }
}
