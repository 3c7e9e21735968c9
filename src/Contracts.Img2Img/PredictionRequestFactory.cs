using System.Collections.Generic;
using System.Text.Json.Nodes;
using Contracts.Replicate;

namespace Contracts.Img2Img;

/// <summary>Builds the create request from the settings; options left out keep the schema's defaults.</summary>
internal static class PredictionRequestFactory
{
    public static PostPredictionsRequest Create(Img2ImgSettings settings, string image) => new()
    {
        Input = new PostPredictionsRequestInput
        {
            Image = image,
            Prompt = settings.Prompt,
            Scheduler = settings.Scheduler,
            NumOutputs = settings.NumOutputs ?? PostPredictionsRequestInput.NumOutputsDefault,
            GuidanceScale = settings.GuidanceScale ?? PostPredictionsRequestInput.GuidanceScaleDefault,
            PromptStrength = settings.PromptStrength ?? PostPredictionsRequestInput.PromptStrengthDefault,
            NumInferenceSteps = settings.NumInferenceSteps ?? PostPredictionsRequestInput.NumInferenceStepsDefault,
        },
        // The seed page's example sends the model version, though its schema does not declare it.
        AdditionalProperties = new Dictionary<string, JsonNode?> { ["version"] = JsonValue.Create(settings.ModelVersion) },
    };
}
