using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contracts.Replicate;
using Xunit;

namespace Contracts.Tests.Seed;

/// <summary>Behaviour of the code the real build generated from schemas/ (src/Contracts.Schemas, generator as analyzer).</summary>
public sealed class SeedBehaviourTests
{
    private static ReplicatePredictionsJsonContext Json => ReplicatePredictionsJsonContext.Default;

    private static PostPredictionsRequest ValidRequest(System.Func<PostPredictionsRequestInput, PostPredictionsRequestInput>? change = null)
    {
        var input = new PostPredictionsRequestInput { Image = "https://example.com/sketch.png", Prompt = "A fantasy landscape" };
        return new PostPredictionsRequest { Input = change is null ? input : change(input) };
    }

    [Fact]
    public void Request_example_deserialises_validates_clean_and_serialises_back_to_equal_json()
    {
        var example = SeedExamples.RequestExample;

        var request = JsonSerializer.Deserialize(example, Json.PostPredictionsRequest)!;

        Assert.Empty(request.Validate());
        Assert.Equal("https://replicate.delivery/pbxt/HtKMvJSvuGWDn2B35mM396QGzcrgCNkcgSko8JxtXux4aX9H/sketch-mountains-input.jpeg", request.Input!.Image);
        Assert.Equal("DPMSolverMultistep", request.Input!.Scheduler);
        Assert.Equal(1, request.Input!.NumOutputs);
        Assert.Equal(7.5, request.Input!.GuidanceScale);
        Assert.Equal(0.8, request.Input!.PromptStrength);
        Assert.Equal(25, request.Input!.NumInferenceSteps);
        var back = JsonSerializer.Serialize(request, Json.PostPredictionsRequest);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(example), JsonNode.Parse(back)), back);
        // Declared members come out in x-apifox-orders order.
        var names = JsonNode.Parse(back)!["input"]!.AsObject().Select(p => p.Key).ToArray();
        Assert.Equal(new[] { "image", "prompt", "scheduler", "num_outputs", "guidance_scale", "prompt_strength", "num_inference_steps" }, names);
    }

    [Fact]
    public void Undeclared_version_round_trips_and_a_caller_can_send_it()
    {
        var request = JsonSerializer.Deserialize(SeedExamples.RequestExample, Json.PostPredictionsRequest)!;
        Assert.Equal("stability-ai/stable-diffusion-img2img:15a3689ee13b0d2616e98820eca31d4c3abcd36672df6afce5cb6feb1d66087d",
            request.AdditionalProperties!["version"]!.GetValue<string>());

        var own = ValidRequest() with { AdditionalProperties = new Dictionary<string, JsonNode?> { ["version"] = "owner/model:abc" } };
        var json = JsonNode.Parse(JsonSerializer.Serialize(own, Json.PostPredictionsRequest))!;
        Assert.Equal("owner/model:abc", json["version"]!.GetValue<string>());
    }

    [Fact]
    public void Defaults_from_prose_are_applied()
    {
        var input = new PostPredictionsRequestInput { Image = "x" };
        Assert.Equal(1, input.NumOutputs);
        Assert.Equal(7.5, input.GuidanceScale);
        Assert.Equal(0.8, input.PromptStrength);
        Assert.Equal(25, input.NumInferenceSteps);
        Assert.Null(input.Scheduler);
        Assert.Equal(1, PostPredictionsRequestInput.NumOutputsMinimum);
        Assert.Equal(8, PostPredictionsRequestInput.NumOutputsMaximum);
        Assert.Equal(20d, PostPredictionsRequestInput.GuidanceScaleMaximum);
        Assert.Equal(500, PostPredictionsRequestInput.NumInferenceStepsMaximum);
    }

    [Theory]
    [InlineData("num_outputs", 9, "maximum", "8")]
    [InlineData("num_outputs", 0, "minimum", "1")]
    [InlineData("guidance_scale", 0.5, "minimum", "1")]
    [InlineData("guidance_scale", 21, "maximum", "20")]
    [InlineData("num_inference_steps", 0, "minimum", "1")]
    [InlineData("num_inference_steps", 501, "maximum", "500")]
    public void Out_of_range_values_give_the_precise_violation(string member, double value, string keyword, string limit)
    {
        var request = ValidRequest(input => member switch
        {
            "num_outputs" => input with { NumOutputs = (int)value },
            "guidance_scale" => input with { GuidanceScale = value },
            _ => input with { NumInferenceSteps = (int)value },
        });

        var error = Assert.Single(request.Validate());

        Assert.Equal("/input/" + member, error.Path);
        Assert.Equal(keyword, error.Keyword);
        Assert.Equal(limit, error.Limit);
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Actual);
        Assert.Contains(limit, error.Message);
    }

    [Fact]
    public void Missing_image_is_a_required_violation_and_every_violation_is_reported()
    {
        var json = """{"input":{"prompt":"p","num_outputs":9,"num_inference_steps":0}}""";

        var request = JsonSerializer.Deserialize(json, Json.PostPredictionsRequest)!;
        var errors = request.Validate();

        Assert.Equal(new[] { "/input/image required", "/input/num_outputs maximum", "/input/num_inference_steps minimum" },
            errors.Select(e => e.Path + " " + e.Keyword).ToArray());
    }

    [Fact]
    public void Valid_value_validates_without_allocating()
    {
        var request = ValidRequest();
        request.Validate();
        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var errors = request.Validate();
        var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(errors);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Success_example_deserialises_with_every_field_and_validates_clean()
    {
        var prediction = JsonSerializer.Deserialize(SeedExamples.ResponseExample("成功示例"), Json.PostPredictionsResponse)!;

        Assert.Equal("w44zs9cet5rmc0cqzp49gpkhf8", prediction.Id);
        Assert.Equal("black-forest-labs/flux-kontext-dev", prediction.Model);
        Assert.Equal("hidden", prediction.Version);
        Assert.Equal("match_input_image", prediction.Input.AspectRatio);
        Assert.Equal("jpg", prediction.Input.OutputFormat);
        Assert.False(prediction.Input.PromptUpsampling);
        Assert.Equal(2, prediction.Input.SafetyTolerance);
        Assert.Equal("", prediction.Logs);
        Assert.Null(prediction.Output);
        Assert.False(prediction.DataRemoved);
        Assert.Null(prediction.Error);
        Assert.Equal("starting", prediction.Status);
        Assert.Equal("2025-07-12T07:27:54.577Z", prediction.CreatedAt);
        Assert.Equal("https://api.replicate.com/v1/predictions/w44zs9cet5rmc0cqzp49gpkhf8/cancel", prediction.Urls.Cancel);
        Assert.Equal("https://replicate.com/p/w44zs9cet5rmc0cqzp49gpkhf8", prediction.Urls.Web);
        Assert.Empty(prediction.Validate());
    }

    [Fact]
    public void Output_and_error_declared_as_null_hold_real_values()
    {
        var json = """{"id":"a","output":["https://x/1.png","https://x/2.png"],"error":"NSFW content detected","status":"failed"}""";

        var prediction = JsonSerializer.Deserialize(json, Json.PostPredictionsResponse)!;

        Assert.Equal(new[] { "https://x/1.png", "https://x/2.png" }, prediction.Output!.Value.EnumerateArray().Select(e => e.GetString()).ToArray());
        Assert.Equal("NSFW content detected", prediction.Error!.Value.GetString());
    }

    [Fact]
    public void Response_missing_required_fields_is_read_leniently_and_the_gaps_are_findings()
    {
        // The response schema's input lists flux's required fields; a stable-diffusion prediction has none of them.
        var json = """{"id":"a","model":"m","version":"v","input":{"prompt":"p","image":"i"},"logs":"","output":null,"data_removed":false,"error":null,"status":"starting","created_at":"t","urls":{"get":"g","cancel":"c","stream":"s","web":"w"}}""";

        var prediction = JsonSerializer.Deserialize(json, Json.PostPredictionsResponse)!;
        var errors = prediction.Validate();

        Assert.Equal("p", prediction.Input.Prompt);
        Assert.Equal("i", prediction.Input.AdditionalProperties!["image"]!.GetValue<string>());
        Assert.Equal(new[] { "/input/aspect_ratio", "/input/input_image", "/input/output_format", "/input/prompt_upsampling", "/input/safety_tolerance" },
            errors.Select(e => e.Path).ToArray());
        Assert.All(errors, e => Assert.Equal("required", e.Keyword));
    }

    [Fact]
    public void Unknown_members_survive_a_round_trip_at_every_level()
    {
        var json = """{"input":{"image":"i","extra_inner":{"a":[1,2,{"b":null}]},"num_outputs":2},"extra_outer":true,"n":1.5e300}""";

        var request = JsonSerializer.Deserialize(json, Json.PostPredictionsRequest)!;
        var back = JsonNode.Parse(JsonSerializer.Serialize(request, Json.PostPredictionsRequest))!;

        // Absent members with a default come back with it: defaults are applied on read.
        var expected = JsonNode.Parse("""{"input":{"image":"i","num_outputs":2,"guidance_scale":7.5,"prompt_strength":0.8,"num_inference_steps":25,"extra_inner":{"a":[1,2,{"b":null}]}},"extra_outer":true,"n":1.5e300}""");
        Assert.True(JsonNode.DeepEquals(expected, back), back.ToJsonString());
    }

    [Fact]
    public void Filling_in_a_missing_required_member_with_with_clears_the_finding()
    {
        var json = """{"id":"a","model":"m","version":"v","input":{"aspect_ratio":"1:1","input_image":"i","output_format":"jpg","prompt":"p","prompt_upsampling":false},"logs":"","output":null,"data_removed":false,"error":null,"status":"starting","created_at":"t","urls":{"get":"g","cancel":"c","stream":"s","web":"w"}}""";
        var prediction = JsonSerializer.Deserialize(json, Json.PostPredictionsResponse)!;
        Assert.Equal("/input/safety_tolerance", Assert.Single(prediction.Validate()).Path);

        var fixedUp = prediction with { Input = prediction.Input with { SafetyTolerance = 2 } };

        Assert.Empty(fixedUp.Validate());
        Assert.Single(prediction.Validate());
    }
}
