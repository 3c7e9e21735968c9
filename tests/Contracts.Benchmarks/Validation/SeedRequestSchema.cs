namespace Contracts.Benchmarks.Validation;

/// <summary>The seed's request body as plain JSON Schema, its prose limits written as keywords so NJsonSchema checks the same.</summary>
public static class SeedRequestSchema
{
    public const string Json = """
        {
          "type": "object",
          "properties": {
            "input": {
              "type": "object",
              "required": ["image"],
              "properties": {
                "image": { "type": "string" },
                "prompt": { "type": "string" },
                "scheduler": { "type": "string" },
                "num_outputs": { "type": "integer", "minimum": 1, "maximum": 8 },
                "guidance_scale": { "type": "number", "minimum": 1, "maximum": 20 },
                "prompt_strength": { "type": "number" },
                "num_inference_steps": { "type": "integer", "minimum": 1, "maximum": 500 }
              }
            }
          }
        }
        """;
}
