using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Contracts.Aot;

// Contracts.AotSample's checks, over hand-written types and System.Text.Json's own source generator.
var checks = new Checks();
var context = BaselineJsonContext.Default;

var requestJson = SeedPage.RequestExample();
var request = JsonSerializer.Deserialize(requestJson, context.PredictionRequest)!;
checks.That(Validation.Validate(request).Count == 0, "request example is valid");
checks.That(request.Extra?.ContainsKey("version") == true, "request keeps the undeclared 'version'");
checks.SameJson(requestJson, JsonSerializer.Serialize(request, context.PredictionRequest), "request example round-trips");

var responseJson = SeedPage.ResponseExample("成功示例");
var response = JsonSerializer.Deserialize(responseJson, context.PredictionResponse)!;
checks.That(Validation.Validate(response).Count == 0, "response example is valid");
checks.SameJson(responseJson, JsonSerializer.Serialize(response, context.PredictionResponse), "response example round-trips");

var foreign = JsonSerializer.Deserialize(SeedPage.ResponseExample("Create image"), context.PredictionResponse)!;
checks.That(Validation.Validate(foreign).Contains("/id: required"), "foreign response example reports its missing 'id'");

var tooMany = request with { Input = request.Input! with { NumOutputs = 9 } };
checks.That(Validation.Validate(tooMany).Contains("/input/num_outputs: maximum"), "num_outputs 9 breaks the prose maximum of 8");

var handler = new ExampleHandler(responseJson);
using (var http = new HttpClient(handler) { BaseAddress = new Uri("https://relay.example.com/") })
{
    var client = new PredictionsClient(http, "test-key");
    var answer = await client.CreateAsync(request);
    checks.That(handler.SentPath == "/replicate/v1/predictions", "client posts to the operation's path");
    checks.SameJson(requestJson, handler.SentBody ?? "null", "client sends the request example");
    checks.SameJson(responseJson, JsonSerializer.Serialize(answer, context.PredictionResponse), "client reads the response example");
    await CheckClientRefusesInvalid(http, tooMany, checks);
}

Console.WriteLine(checks.Failures == 0 ? "all checks passed" : checks.Failures + " check(s) failed");
return checks.Failures == 0 ? 0 : 1;

static async Task CheckClientRefusesInvalid(HttpClient http, PredictionRequest invalid, Checks checks)
{
    try
    {
        await new PredictionsClient(http).CreateAsync(invalid);
        checks.That(false, "client refuses an invalid request");
    }
    catch (ArgumentException)
    {
        checks.That(true, "client refuses an invalid request");
    }
}
