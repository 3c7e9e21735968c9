// Exercises the client generated from the seed page: validation, a JSON round trip through the generated context, and
// one call over HttpClient. Exit code 0 only when every check holds; each failure is printed.
using System.Net;
using System.Text;
using System.Text.Json;
using Consumer.ReplicateCreatePrediction;
using Contracts;

var failures = new List<string>();
void Check(bool condition, string what)
{
    if (!condition) failures.Add(what);
}

var request = new PostPredictionsRequest
{
    Input = new PostPredictionsRequestInput { Image = "https://example.com/sketch.png", Prompt = "A fantasy landscape", NumOutputs = 2 },
};

// Validation, with the limits the seed states only in prose.
Check(request.Validate().Count == 0, "a valid request has no validation errors");
// Out of range on purpose: the compile-time check (CTR6001) sees it too, and is silenced here to test Validate().
#pragma warning disable CTR6001
var tooMany = request with { Input = request.Input! with { NumOutputs = PostPredictionsRequestInput.NumOutputsMaximum + 1 } };
#pragma warning restore CTR6001
var errors = tooMany.Validate();
Check(errors.Count == 1 && errors[0].Path == "/input/num_outputs", "num_outputs above its maximum is reported at /input/num_outputs");

// Round trip through the generated, reflection-free JSON metadata.
var json = JsonSerializer.Serialize(request, ReplicateCreatePredictionJsonContext.Default.PostPredictionsRequest);
var back = JsonSerializer.Deserialize(json, ReplicateCreatePredictionJsonContext.Default.PostPredictionsRequest)!;
Check(JsonSerializer.Serialize(back, ReplicateCreatePredictionJsonContext.Default.PostPredictionsRequest) == json, "the request round-trips unchanged");
Check(back.Input!.GuidanceScale == PostPredictionsRequestInput.GuidanceScaleDefault, "defaults from the prose are applied");

// The filtered file: included operations exist (checked by the compiler), the excluded one does not (run.sh checks).
Check(nameof(Consumer.Shop.ShopClient.OrdersOperations.CreateOrderAsync).Length > 0 && nameof(Consumer.Shop.ShopClient.用户Operations.GetUserAsync).Length > 0, "the included operations are generated");

// The same operation written as OpenAPI YAML (schemas/replicate.openapi.yaml): its limits are enforced too.
// Out of range on purpose, to see Validate() catch it: the compile-time check (CTR6001) would refuse the constant.
#pragma warning disable CTR6001
var fromYaml = new Consumer.Replicate.PredictionRequest { Input = new Consumer.Replicate.PredictionRequestInput { Image = "x", NumOutputs = 9 } };
#pragma warning restore CTR6001
Check(fromYaml.Validate().Count == 1, "the YAML OpenAPI file's num_outputs maximum (8) is enforced");

// Swagger 2.0 (YAML, api/legacy-swagger.yaml) and an Apifox Markdown export (schemas/store.apifox.md) beside the OpenAPI
// files: each gives a client, and the Swagger file's limits are enforced.
var quantity = int.Parse("100", System.Globalization.CultureInfo.InvariantCulture);
var order = new Consumer.Legacy.Order { Id = 1, Quantity = quantity };
Check(order.Validate().Count == 1 && order.Validate()[0].Path == "/quantity", "the Swagger file's maximum (99) is enforced");
Check(nameof(Consumer.Legacy.LegacySwaggerClient.UpdateOrderUsingPUTAsync).Length > 0, "the Swagger file gives a client");
Check(nameof(Consumer.Store.StoreClient).Length > 0, "the Markdown export gives a client");

// One call through the generated client; the handler plays the server.
var handler = new RecordingHandler();
using var http = new HttpClient(handler) { BaseAddress = new Uri("https://relay.example/") };
var client = new ReplicateCreatePredictionClient(http, new ContractsClientOptions { ApiKey = "consumer-key" });
var prediction = await client.PostPredictionsAsync(request);
Check(prediction.Id == "w44zs9cet5rmc0cqzp49gpkhf8" && prediction.Status == "starting", "the response is read");
Check(handler.Seen == "POST https://relay.example/replicate/v1/predictions Bearer consumer-key", "method, path and key are sent: " + handler.Seen);

try
{
    await client.PostPredictionsAsync(tooMany);
    failures.Add("an invalid request is refused before sending");
}
catch (ContractValidationException)
{
}

foreach (var failure in failures) Console.Error.WriteLine("FAILED: " + failure);
Console.WriteLine($"{AppContext.TargetFrameworkName} on .NET {Environment.Version}: {(failures.Count == 0 ? "generated client OK" : failures.Count + " check(s) failed")}");
return failures.Count == 0 ? 0 : 1;

/// <summary>Answers with the seed's success example and remembers what was asked.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private const string Prediction = """
        {"id": "w44zs9cet5rmc0cqzp49gpkhf8", "model": "stability-ai/stable-diffusion-img2img", "version": "hidden",
         "input": {"aspect_ratio": "match_input_image", "input_image": "https://example.com/sketch.png", "output_format": "png",
                   "prompt": "A fantasy landscape", "prompt_upsampling": false, "safety_tolerance": 2},
         "logs": "", "output": null, "data_removed": false, "error": null, "status": "starting", "created_at": "2025-07-12T07:27:54.577Z",
         "urls": {"cancel": "https://relay.example/c", "get": "https://relay.example/g", "stream": "https://relay.example/s", "web": "https://relay.example/w"}}
        """;

    public string? Seen { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Seen = $"{request.Method} {request.RequestUri} {request.Headers.Authorization}";
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Prediction, Encoding.UTF8, "application/json") });
    }
}
