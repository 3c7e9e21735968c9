using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contracts.Generator;
using Contracts.Generator.Planning;
using Contracts.Generator.Reading;
using Contracts.Replicate;
using Contracts.Tests.Seed;
using Contracts.Tool.Verify.Checking;
using Xunit;

namespace Contracts.Tests.Verify;

/// <summary>
/// `contracts verify` and the generated code agree: for each value, the violations <see cref="PlanChecker"/> finds are
/// exactly those of the generated (Roslyn-compiled, in src/Contracts.Schemas) types, read with their JSON context and
/// then Validate()d; a value the generated reader refuses counts as a "type" violation at the reader's path.
/// </summary>
public sealed class GeneratedAgreementTests
{
    private static readonly Lazy<(PlanChecker Checker, OperationPlan Operation)> Seed = new(() =>
    {
        var document = ApiDocumentReader.Read("seed", SeedExamples.SeedText, default)!;
        var plan = PlanBuilder.Build(document, new SchemaFileOptions(null, null, null));
        return (new PlanChecker(plan), plan.Operations.Single());
    });

    private static readonly Lazy<(PlanChecker Checker, TypeRef Prediction)> Lifecycle = new(() =>
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "schemas", "replicate-get-and-cancel-prediction.apifox.txt");
        var document = ApiDocumentReader.Read(path, System.IO.File.ReadAllText(path), default)!;
        var plan = PlanBuilder.Build(document, new SchemaFileOptions(null, null, null));
        return (new PlanChecker(plan), plan.Operations.First().Responses.Single().Body!);
    });

    /// <summary>The lifecycle page's own example of a canceled prediction.</summary>
    private static string PredictionExample => """
        {"id": "w44zs9cet5rmc0cqzp49gpkhf8", "model": "stability-ai/stable-diffusion-img2img", "version": "15a3",
         "input": {"image": "https://example.com/a.png", "prompt": "A fantasy landscape"}, "logs": "", "output": null,
         "data_removed": false, "error": null, "status": "canceled", "created_at": "2025-07-12T07:27:54.577Z",
         "started_at": "2025-07-12T07:27:55.102Z", "completed_at": null, "metrics": {"predict_time": 1.5},
         "urls": {"cancel": "c", "get": "g", "stream": "s", "web": "w"}}
        """;

    private static string Prediction(string pointer, JsonNode? value, bool remove = false) => Edit(PredictionExample, pointer, value, remove);

    private static string Request(string pointer, JsonNode? value, bool remove = false) => Edit(SeedExamples.RequestExample, pointer, value, remove);

    private static string Response(string pointer, JsonNode? value, bool remove = false) => Edit(SeedExamples.ResponseExample("成功示例"), pointer, value, remove);

    private static string Edit(string json, string pointer, JsonNode? value, bool remove)
    {
        var root = JsonNode.Parse(json)!;
        if (pointer.Length == 0) return root.ToJsonString();
        var parts = pointer.Trim('/').Split('/');
        var owner = root;
        foreach (var part in parts.SkipLast(1)) owner = owner[part]!;
        if (remove) owner.AsObject().Remove(parts[^1]);
        else owner.AsObject()[parts[^1]] = value;
        return root.ToJsonString();
    }

    public static TheoryData<string, string, string> RequestCases => new()
    {
        { "clean", "", Request("", null) },
        { "in range at the limit", "/input/num_outputs", Request("/input/num_outputs", 8) },
        { "above the prose maximum", "/input/num_outputs", Request("/input/num_outputs", 9) },
        { "below the prose minimum", "/input/num_outputs", Request("/input/num_outputs", 0) },
        { "number above its prose maximum", "/input/guidance_scale", Request("/input/guidance_scale", 20.5) },
        { "two out of range", "/input/num_outputs", Edit(Request("/input/num_outputs", 9), "/input/num_inference_steps", 0, false) },
        { "string for an integer", "/input/num_outputs", Request("/input/num_outputs", "9") },
        { "fraction for an integer", "/input/num_outputs", Request("/input/num_outputs", 2.5) },
        { "whole number written with a fraction", "/input/num_outputs", Request("/input/num_outputs", JsonNode.Parse("2.0")) },
        { "integer too large for int", "/input/num_outputs", Request("/input/num_outputs", JsonNode.Parse("3000000000")) },
        { "boolean for a string", "/input/prompt", Request("/input/prompt", true) },
        { "missing required member", "/input/image", Request("/input/image", null, remove: true) },
        { "null for a required string", "/input/image", Request("/input/image", null) },
        { "null for an optional string", "/input/prompt", Request("/input/prompt", null) },
        { "object for a number", "/input/guidance_scale", Request("/input/guidance_scale", new JsonObject()) },
        { "array for the input object", "/input", Request("/input", new JsonArray()) },
        { "undeclared member kept", "/input/seed", Request("/input/seed", 42) },
    };

    public static TheoryData<string, string, string> ResponseCases => new()
    {
        { "clean", "", Response("", null) },
        { "string for a boolean", "/data_removed", Response("/data_removed", "no") },
        { "number for a string", "/logs", Response("/logs", 3) },
        { "output typed null holding a list", "/output", Response("/output", new JsonArray("https://x/1.png")) },
        { "missing required nested member", "/input/aspect_ratio", Response("/input/aspect_ratio", null, remove: true) },
        { "missing required top member", "/urls", Response("/urls", null, remove: true) },
        { "integer as a string in a nested record", "/input/safety_tolerance", Response("/input/safety_tolerance", "2") },
        { "null for a required record", "/urls", Response("/urls", null) },
    };

    public static TheoryData<string, string, string> PredictionCases => new()
    {
        { "clean", "", Prediction("", null) },
        { "a status the enum does not list", "/status", Prediction("/status", "halfway") },
        { "a list of URLs", "/output", Prediction("/output", new JsonArray("https://x/1.png", "https://x/2.png")) },
        { "null inside the list", "/output", Prediction("/output", new JsonArray("https://x/1.png", null)) },
        { "a string for the array or null", "/output", Prediction("/output", "https://x/1.png") },
        { "a number for the string or null", "/error", Prediction("/error", 5) },
        { "a date that is no date", "/created_at", Prediction("/created_at", "yesterday") },
        { "null for an optional number", "/metrics/predict_time", Prediction("/metrics/predict_time", null) },
        { "a string for a nested number", "/metrics/predict_time", Prediction("/metrics/predict_time", "fast") },
        { "missing required status", "/status", Prediction("/status", null, remove: true) },
        { "an integer with a fraction in the nested input", "/input/num_outputs", Prediction("/input/num_outputs", 2.5) },
        { "another model's member in the input", "/input/aspect_ratio", Prediction("/input/aspect_ratio", "1:1") },
    };

    [Theory]
    [MemberData(nameof(PredictionCases))]
    public void Predictions_get_the_violations_the_generated_prediction_type_reports(string name, string edited, string json)
    {
        var generated = Generated(json, text => JsonSerializer.Deserialize(text, ReplicatePredictionLifecycleJsonContext.Default.Prediction)!.Validate());
        var verified = Verified(json, Lifecycle.Value.Prediction, edited, Lifecycle.Value.Checker);

        Assert.True(generated.SequenceEqual(verified), $"{name}: generated [{string.Join("; ", generated)}] but verify [{string.Join("; ", verified)}]");
    }

    [Theory]
    [MemberData(nameof(RequestCases))]
    public void Request_bodies_get_the_violations_the_generated_request_type_reports(string name, string edited, string json)
    {
        var generated = Generated(json, text => JsonSerializer.Deserialize(text, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest)!.Validate());
        var verified = Verified(json, Seed.Value.Operation.RequestBody!, edited);

        Assert.True(generated.SequenceEqual(verified), $"{name}: generated [{string.Join("; ", generated)}] but verify [{string.Join("; ", verified)}]");
    }

    [Theory]
    [MemberData(nameof(ResponseCases))]
    public void Response_bodies_get_the_violations_the_generated_response_type_reports(string name, string edited, string json)
    {
        var generated = Generated(json, text => JsonSerializer.Deserialize(text, ReplicatePredictionsJsonContext.Default.PostPredictionsResponse)!.Validate());
        var verified = Verified(json, Seed.Value.Operation.Responses.Single().Body!, edited);

        Assert.True(generated.SequenceEqual(verified), $"{name}: generated [{string.Join("; ", generated)}] but verify [{string.Join("; ", verified)}]");
    }

    [Fact]
    public void The_cases_cover_every_kind_of_finding()
    {
        var requests = RequestCases.SelectMany(row => Verified((string)row[2], Seed.Value.Operation.RequestBody!, (string)row[1]));
        var responses = ResponseCases.SelectMany(row => Verified((string)row[2], Seed.Value.Operation.Responses.Single().Body!, (string)row[1]));
        var predictions = PredictionCases.SelectMany(row => Verified((string)row[2], Lifecycle.Value.Prediction, (string)row[1], Lifecycle.Value.Checker));
        var seen = requests.Concat(responses).Concat(predictions).Select(finding => finding.Split(' ')[^1]).ToHashSet();

        Assert.Superset(new HashSet<string> { "minimum", "maximum", "type", "required", "enum" }, seen);
    }

    /// <summary>"pointer keyword" pairs, sorted; a value the reader refuses is "type" (its converters name no path).</summary>
    private static List<string> Generated(string json, Func<string, IReadOnlyList<ValidationError>> readAndValidate)
    {
        try
        {
            return readAndValidate(json).Select(e => e.Path + " " + e.Keyword).OrderBy(s => s, StringComparer.Ordinal).ToList();
        }
        catch (JsonException)
        {
            return new List<string> { "type" };
        }
    }

    /// <summary>
    /// As <see cref="Generated"/>: a value the reader would refuse is "type", once; verify must then place it at the
    /// member the case changed (<paramref name="edited"/>), which the generated reader cannot say.
    /// </summary>
    private static List<string> Verified(string json, TypeRef type, string edited, PlanChecker? checker = null)
    {
        using var document = JsonDocument.Parse(json);
        var errors = (checker ?? Seed.Value.Checker).Check(document.RootElement, type);
        // A wrong JSON type, or a string that is no date, uuid or base64, is what the generated reader refuses.
        var unreadable = errors.Where(e => (e.Keyword == "type" && e.Actual != "null") || e.Keyword == "format").ToList();
        if (unreadable.Count == 0) return errors.Select(e => e.Path + " " + e.Keyword).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Equal(edited, Assert.Single(unreadable).Path);
        return new List<string> { "type" };
    }
}
