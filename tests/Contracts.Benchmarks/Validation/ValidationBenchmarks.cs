using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Contracts.Benchmarks.Infrastructure;
using Contracts.Replicate;
using NJsonSchema;
using Newtonsoft.Json.Linq;

namespace Contracts.Benchmarks.Validation;

/// <summary>
/// Checking the seed's valid request: the generated Validate() against DataAnnotations on NSwag-style annotated
/// classes and against NJsonSchema on the same JSON. Each must find it valid (checked in setup).
/// </summary>
[WarmJob]
public class ValidationBenchmarks
{
    private PostPredictionsRequest _ours = null!;
    private AnnotatedSeedRequest _annotated = null!;
    private JsonSchema _schema = null!;
    private JToken _token = null!;
    private string _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = SeedPage.RequestExample;
        _ours = JsonSerializer.Deserialize(_json, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest)!;
        var input = _ours.Input!;
        _annotated = new AnnotatedSeedRequest
        {
            Input = new AnnotatedSeedInput
            {
                Image = input.Image,
                Prompt = input.Prompt,
                Scheduler = input.Scheduler,
                NumOutputs = input.NumOutputs,
                GuidanceScale = input.GuidanceScale,
                PromptStrength = input.PromptStrength,
                NumInferenceSteps = input.NumInferenceSteps,
            },
        };
        _schema = JsonSchema.FromJsonAsync(SeedRequestSchema.Json).GetAwaiter().GetResult();
        _token = JToken.Parse(_json);

        if (Validate_Contracts().Count != 0 || !DataAnnotations() || NJsonSchema_ParsedToken().Count != 0 || NJsonSchema_FromText().Count != 0)
        {
            throw new InvalidOperationException("Every validator must find the seed's request valid.");
        }
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<ValidationError> Validate_Contracts() => _ours.Validate();

    /// <summary>Validator does not descend into members, so the nested input is validated as a second object.</summary>
    [Benchmark]
    public bool DataAnnotations()
        => Validator.TryValidateObject(_annotated, new ValidationContext(_annotated), null, validateAllProperties: true)
            && (_annotated.Input is not { } input || Validator.TryValidateObject(input, new ValidationContext(input), null, validateAllProperties: true));

    /// <summary>The JSON already parsed into Newtonsoft's tree, which is all NJsonSchema can validate.</summary>
    [Benchmark]
    public ICollection<NJsonSchema.Validation.ValidationError> NJsonSchema_ParsedToken() => _schema.Validate(_token);

    [Benchmark]
    public ICollection<NJsonSchema.Validation.ValidationError> NJsonSchema_FromText() => _schema.Validate(_json);
}
