using Microsoft.CodeAnalysis;

namespace Contracts.Generator;

/// <summary>Turns Apifox and OpenAPI files listed as AdditionalFiles into records, validation, JSON metadata and clients.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
