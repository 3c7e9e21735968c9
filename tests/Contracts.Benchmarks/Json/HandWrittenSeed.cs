using System.Text.Json;
using System.Text.Json.Serialization;
using Newtonsoft.Json;

namespace Contracts.Benchmarks.Json;

// The seed's request and response written by hand, the way a team would without a generator: one set of classes
// carrying both System.Text.Json and Newtonsoft.Json names, so every library reads and writes the same shapes.
// Members, order and defaults follow the generated records. Everything favours the baselines: plain settable members
// (C# `required` sends System.Text.Json's source generator down its constructor-argument path, about twice as slow
// to read), and undeclared members dropped ([JsonExtensionData] switches off its fast path).

public sealed class SeedRequestByHand
{
    [JsonPropertyName("input"), JsonProperty("input")] public SeedInputByHand? Input { get; set; }
}

/// <summary>The request keeping undeclared members as the generated record does, for the one comparison where that matters.</summary>
public sealed class SeedRequestKeepingUnknownByHand
{
    [JsonPropertyName("input")] public SeedInputByHand? Input { get; set; }
    [System.Text.Json.Serialization.JsonExtensionData] public System.Collections.Generic.Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class SeedInputByHand
{
    [JsonPropertyName("image"), JsonProperty("image")] public string Image { get; set; } = null!;
    [JsonPropertyName("prompt"), JsonProperty("prompt")] public string? Prompt { get; set; }
    [JsonPropertyName("scheduler"), JsonProperty("scheduler")] public string? Scheduler { get; set; }
    [JsonPropertyName("num_outputs"), JsonProperty("num_outputs")] public int? NumOutputs { get; set; } = 1;
    [JsonPropertyName("guidance_scale"), JsonProperty("guidance_scale")] public double? GuidanceScale { get; set; } = 7.5;
    [JsonPropertyName("prompt_strength"), JsonProperty("prompt_strength")] public double? PromptStrength { get; set; } = 0.8;
    [JsonPropertyName("num_inference_steps"), JsonProperty("num_inference_steps")] public int? NumInferenceSteps { get; set; } = 25;
}

public sealed class SeedResponseByHand
{
    [JsonPropertyName("id"), JsonProperty("id")] public string Id { get; set; } = null!;
    [JsonPropertyName("model"), JsonProperty("model")] public string Model { get; set; } = null!;
    [JsonPropertyName("version"), JsonProperty("version")] public string Version { get; set; } = null!;
    [JsonPropertyName("input"), JsonProperty("input")] public SeedResponseInputByHand Input { get; set; } = null!;
    [JsonPropertyName("logs"), JsonProperty("logs")] public string Logs { get; set; } = null!;
    // Declared as type "null" but carrying any JSON in practice; written as null when null, like the generated record.
    [JsonPropertyName("output"), JsonProperty("output", NullValueHandling = NullValueHandling.Include), System.Text.Json.Serialization.JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public JsonElement? Output { get; set; }
    [JsonPropertyName("data_removed"), JsonProperty("data_removed")] public bool DataRemoved { get; set; }
    [JsonPropertyName("error"), JsonProperty("error", NullValueHandling = NullValueHandling.Include), System.Text.Json.Serialization.JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public JsonElement? Error { get; set; }
    [JsonPropertyName("status"), JsonProperty("status")] public string Status { get; set; } = null!;
    [JsonPropertyName("created_at"), JsonProperty("created_at")] public string CreatedAt { get; set; } = null!;
    [JsonPropertyName("urls"), JsonProperty("urls")] public SeedUrlsByHand Urls { get; set; } = null!;
}

public sealed class SeedResponseInputByHand
{
    [JsonPropertyName("aspect_ratio"), JsonProperty("aspect_ratio")] public string AspectRatio { get; set; } = null!;
    [JsonPropertyName("input_image"), JsonProperty("input_image")] public string InputImage { get; set; } = null!;
    [JsonPropertyName("output_format"), JsonProperty("output_format")] public string OutputFormat { get; set; } = null!;
    [JsonPropertyName("prompt"), JsonProperty("prompt")] public string Prompt { get; set; } = null!;
    [JsonPropertyName("prompt_upsampling"), JsonProperty("prompt_upsampling")] public bool PromptUpsampling { get; set; }
    [JsonPropertyName("safety_tolerance"), JsonProperty("safety_tolerance")] public int SafetyTolerance { get; set; }
}

public sealed class SeedUrlsByHand
{
    [JsonPropertyName("cancel"), JsonProperty("cancel")] public string Cancel { get; set; } = null!;
    [JsonPropertyName("get"), JsonProperty("get")] public string Get { get; set; } = null!;
    [JsonPropertyName("stream"), JsonProperty("stream")] public string Stream { get; set; } = null!;
    [JsonPropertyName("web"), JsonProperty("web")] public string Web { get; set; } = null!;
}

/// <summary>System.Text.Json's own source generator over the hand-written seed types: the baseline to beat.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SeedRequestByHand))]
[JsonSerializable(typeof(SeedRequestKeepingUnknownByHand))]
[JsonSerializable(typeof(SeedResponseByHand))]
public sealed partial class HandWrittenSeedJsonContext : JsonSerializerContext
{
}
