using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;

namespace Contracts.Benchmarks.Generation;

/// <summary>NSwag's whole run from OpenAPI text to one C# file: read the document, then generate the client and its DTOs.</summary>
public static class NSwagGeneration
{
    public static string Generate(string openApiJson, string ns, string className)
    {
        var document = OpenApiDocument.FromJsonAsync(openApiJson).GetAwaiter().GetResult();
        var settings = new CSharpClientGeneratorSettings { ClassName = className };
        settings.CSharpGeneratorSettings.Namespace = ns;
        // System.Text.Json, as our generated code uses.
        settings.CSharpGeneratorSettings.JsonLibrary = CSharpJsonLibrary.SystemTextJson;
        return new CSharpClientGenerator(document, settings).GenerateFile();
    }
}
