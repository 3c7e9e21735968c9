using Contracts.Generator.Helpers;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator;

/// <summary>What the compilation lacks for generated code to build; computed once per compilation change, compared by value.</summary>
internal static class EnvironmentCheck
{
    public static EquatableArray<string> Missing(Compilation compilation)
    {
        var missing = new System.Collections.Generic.List<string>();
        if (compilation.GetTypeByMetadataName("Contracts.IValidatable") is null)
        {
            missing.Add("the Contracts.Runtime assembly (types such as Contracts.IValidatable)");
        }
        var hasJsonMetadata = false;
        foreach (var identity in compilation.ReferencedAssemblyNames)
        {
            if (identity.Name == "System.Text.Json" && identity.Version.Major >= 8) hasJsonMetadata = true;
        }
        if (!hasJsonMetadata) missing.Add("System.Text.Json 8.0 or later");
        return missing.ToEquatableArray();
    }
}
