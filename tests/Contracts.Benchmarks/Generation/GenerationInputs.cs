using Contracts.Benchmarks.Infrastructure;
using Contracts.Generator;
using Contracts.Tests.Scale;

namespace Contracts.Benchmarks.Generation;

/// <summary>The inputs every generation benchmark reads: the seed page, the seed as OpenAPI, and the synthetic export.</summary>
internal sealed class GenerationInputs
{
    public const int Operations = 1000;
    public const int Schemas = 3000;

    public GenerationInputs()
    {
        SeedOpenApi = SeedAsOpenApi.Build();
        SyntheticOpenApi = SyntheticExport.OpenApi(Operations, Schemas);
        Seed = new SchemaFileInput("/repo/schemas/" + SeedPage.FileName, SeedPage.Text, new SchemaFileOptions("Contracts.Replicate", "ReplicatePredictionsClient", "Contracts.Schemas"));
        SeedAsOpenApiInput = new SchemaFileInput("/repo/schemas/replicate.openapi.json", SeedOpenApi, new SchemaFileOptions("Contracts.Replicate", "ReplicatePredictionsClient", "Contracts.Schemas"));
        Synthetic = new SchemaFileInput("/repo/schemas/large.openapi.json", SyntheticOpenApi, new SchemaFileOptions("Large.Api", "LargeClient", "Contracts.Schemas"));
    }

    public string SeedOpenApi { get; }

    public string SyntheticOpenApi { get; }

    public SchemaFileInput Seed { get; }

    public SchemaFileInput SeedAsOpenApiInput { get; }

    public SchemaFileInput Synthetic { get; }
}
