using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Contracts.Tests.Json;

// The seed's request, written by hand for System.Text.Json's own source generator: the baseline our generated
// metadata is measured against. No [JsonExtensionData], which would switch off the source generator's fast path.
public sealed class HandWrittenPredictionRequest
{
    [JsonPropertyName("input")] public required HandWrittenPredictionInput Input { get; set; }
}

public sealed class HandWrittenPredictionInput
{
    [JsonPropertyName("image")] public required string Image { get; set; }
    [JsonPropertyName("prompt")] public string? Prompt { get; set; }
    [JsonPropertyName("scheduler")] public string? Scheduler { get; set; }
    [JsonPropertyName("num_outputs")] public int? NumOutputs { get; set; } = 1;
    [JsonPropertyName("guidance_scale")] public double? GuidanceScale { get; set; } = 7.5;
    [JsonPropertyName("prompt_strength")] public double? PromptStrength { get; set; } = 0.8;
    [JsonPropertyName("num_inference_steps")] public int? NumInferenceSteps { get; set; } = 25;
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HandWrittenPredictionRequest))]
public sealed partial class HandWrittenSeedContext : JsonSerializerContext
{
}
