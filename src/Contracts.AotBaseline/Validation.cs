using System.Collections.Generic;

namespace Contracts.Aot;

/// <summary>The checks the generated Validate() makes on the seed, written out by hand; errors as "path: keyword".</summary>
public static class Validation
{
    public static List<string> Validate(PredictionRequest request)
    {
        var errors = new List<string>();
        if (request.Input is { } input)
        {
            if (input.Image is null) errors.Add("/input/image: required");
            if (input.NumOutputs is < 1) errors.Add("/input/num_outputs: minimum");
            if (input.NumOutputs is > 8) errors.Add("/input/num_outputs: maximum");
            if (input.GuidanceScale is < 1) errors.Add("/input/guidance_scale: minimum");
            if (input.GuidanceScale is > 20) errors.Add("/input/guidance_scale: maximum");
            if (input.NumInferenceSteps is < 1) errors.Add("/input/num_inference_steps: minimum");
            if (input.NumInferenceSteps is > 500) errors.Add("/input/num_inference_steps: maximum");
        }
        return errors;
    }

    public static List<string> Validate(PredictionResponse response)
    {
        var errors = new List<string>();
        Required(errors, response.Id, "/id");
        Required(errors, response.Model, "/model");
        Required(errors, response.Version, "/version");
        Required(errors, response.Logs, "/logs");
        Required(errors, response.DataRemoved, "/data_removed");
        Required(errors, response.Status, "/status");
        Required(errors, response.CreatedAt, "/created_at");
        if (response.Input is { } input)
        {
            Required(errors, input.AspectRatio, "/input/aspect_ratio");
            Required(errors, input.InputImage, "/input/input_image");
            Required(errors, input.OutputFormat, "/input/output_format");
            Required(errors, input.Prompt, "/input/prompt");
            Required(errors, input.PromptUpsampling, "/input/prompt_upsampling");
            Required(errors, input.SafetyTolerance, "/input/safety_tolerance");
        }
        else errors.Add("/input: required");
        if (response.Urls is { } urls)
        {
            Required(errors, urls.Cancel, "/urls/cancel");
            Required(errors, urls.Get, "/urls/get");
            Required(errors, urls.Stream, "/urls/stream");
            Required(errors, urls.Web, "/urls/web");
        }
        else errors.Add("/urls: required");
        return errors;
    }

    private static void Required(List<string> errors, object? value, string path)
    {
        if (value is null) errors.Add(path + ": required");
    }
}
