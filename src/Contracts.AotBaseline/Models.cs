using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contracts.Aot;

// The seed's request and response as a team would write them by hand for System.Text.Json's source generator.
// Members are nullable and not `required`, so a response missing members is read and then reported, as the
// generated records do; undeclared members are kept through [JsonExtensionData] so the example round-trips.

public sealed record PredictionRequest
{
    [JsonPropertyName("input")] public PredictionInput? Input { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record PredictionInput
{
    [JsonPropertyName("image")] public string? Image { get; init; }
    [JsonPropertyName("prompt")] public string? Prompt { get; init; }
    [JsonPropertyName("scheduler")] public string? Scheduler { get; init; }
    [JsonPropertyName("num_outputs")] public int? NumOutputs { get; init; } = 1;
    [JsonPropertyName("guidance_scale")] public double? GuidanceScale { get; init; } = 7.5;
    [JsonPropertyName("prompt_strength")] public double? PromptStrength { get; init; } = 0.8;
    [JsonPropertyName("num_inference_steps")] public int? NumInferenceSteps { get; init; } = 25;
}

public sealed record PredictionResponse
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("model")] public string? Model { get; init; }
    [JsonPropertyName("version")] public string? Version { get; init; }
    [JsonPropertyName("input")] public PredictionResponseInput? Input { get; init; }
    [JsonPropertyName("logs")] public string? Logs { get; init; }
    [JsonPropertyName("output"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] public JsonElement? Output { get; init; }
    [JsonPropertyName("data_removed")] public bool? DataRemoved { get; init; }
    [JsonPropertyName("error"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] public JsonElement? Error { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("created_at")] public string? CreatedAt { get; init; }
    [JsonPropertyName("urls")] public PredictionUrls? Urls { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record PredictionResponseInput
{
    [JsonPropertyName("aspect_ratio")] public string? AspectRatio { get; init; }
    [JsonPropertyName("input_image")] public string? InputImage { get; init; }
    [JsonPropertyName("output_format")] public string? OutputFormat { get; init; }
    [JsonPropertyName("prompt")] public string? Prompt { get; init; }
    [JsonPropertyName("prompt_upsampling")] public bool? PromptUpsampling { get; init; }
    [JsonPropertyName("safety_tolerance")] public int? SafetyTolerance { get; init; }
}

public sealed record PredictionUrls
{
    [JsonPropertyName("cancel")] public string? Cancel { get; init; }
    [JsonPropertyName("get")] public string? Get { get; init; }
    [JsonPropertyName("stream")] public string? Stream { get; init; }
    [JsonPropertyName("web")] public string? Web { get; init; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PredictionRequest))]
[JsonSerializable(typeof(PredictionResponse))]
public sealed partial class BaselineJsonContext : JsonSerializerContext
{
}
