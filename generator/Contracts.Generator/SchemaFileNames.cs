using System.IO;
using System;
using Contracts.Generator.Naming;

namespace Contracts.Generator;

/// <summary>Names taken from a schema file's path: its stem, and the prefix of its generated files' hint names.</summary>
internal static class SchemaFileNames
{
    /// <summary>"schemas/replicate-create-prediction.apifox.txt" → "ReplicateCreatePrediction".</summary>
    internal static string DefaultHintPrefix(string path) => Identifier.ToPascalCase(FileStem(path), "Schema");

    /// <summary>"schemas/replicate-create-prediction.apifox.txt" → "replicate-create-prediction".</summary>
    internal static string FileStem(string path)
    {
        var name = Path.GetFileName(path);
        string[] suffixes = { ".apifox.json", ".apifox.txt", ".apifox.md", ".apifox.yaml", ".apifox.yml", ".openapi.json", ".openapi.yaml", ".openapi.yml", ".json", ".txt", ".md", ".yaml", ".yml" };
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length > suffix.Length)
            {
                return name.Substring(0, name.Length - suffix.Length);
            }
        }
        return Path.GetFileNameWithoutExtension(name);
    }
}
