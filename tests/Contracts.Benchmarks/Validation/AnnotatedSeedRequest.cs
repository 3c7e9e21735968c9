using System.ComponentModel.DataAnnotations;

namespace Contracts.Benchmarks.Validation;

// The seed's request the way NSwag writes DTOs: [Required] and [Range] attributes, checked by DataAnnotations'
// Validator. The limits are the ones the generated Validate() enforces (the page states them in prose).

public sealed class AnnotatedSeedRequest
{
    public AnnotatedSeedInput? Input { get; set; }
}

public sealed class AnnotatedSeedInput
{
    [Required(AllowEmptyStrings = true)] public string Image { get; set; } = "";
    public string? Prompt { get; set; }
    public string? Scheduler { get; set; }
    [Range(1, 8)] public int? NumOutputs { get; set; } = 1;
    [Range(1d, 20d)] public double? GuidanceScale { get; set; } = 7.5;
    public double? PromptStrength { get; set; } = 0.8;
    [Range(1, 500)] public int? NumInferenceSteps { get; set; } = 25;
}
