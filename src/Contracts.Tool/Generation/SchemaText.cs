using System;
using System.IO;
using Contracts.Generator.Reading.OpenApi;
using Contracts.Tool.Yaml;

namespace Contracts.Tool.Generation;

/// <summary>A schema file's text as the generator should see it: JSON for YAML files, the file itself otherwise.</summary>
/// <param name="Text">What to generate from.</param>
/// <param name="ConvertedFromYaml">True when <paramref name="Text"/> is JSON converted from the file's YAML.</param>
internal sealed record SchemaText(string Text, bool ConvertedFromYaml)
{
    /// <summary>
    /// Converts .yaml/.yml files and anything that looks like YAML OpenAPI. A YAML file that fails to convert is
    /// null (skipped) unless it looks like OpenAPI, in which case the <see cref="YamlConversionException"/> is thrown.
    /// </summary>
    public static SchemaText? Prepare(string path, string text)
    {
        var looksLikeOpenApi = OpenApiSniffer.YamlOpenApiLine(text) >= 0;
        if (!looksLikeOpenApi && !(HasYamlExtension(path) && !OpenApiSniffer.StartsAsJson(text))) return new SchemaText(text, false);
        try
        {
            return new SchemaText(YamlToJson.Convert(text), true);
        }
        catch (YamlConversionException) when (!looksLikeOpenApi)
        {
            // Some other YAML file (a CI config, say) that is not an API description: ignored like any such file.
            return null;
        }
    }

    private static bool HasYamlExtension(string path)
        => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
