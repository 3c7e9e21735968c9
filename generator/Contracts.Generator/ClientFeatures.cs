using System;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator;

/// <summary>
/// What the consuming project references beside the runtime, deciding the extras emitted next to each client:
/// registration with the HttpClient factory, binding options from configuration, logging hooks. Computed once per
/// compilation change and compared by value, so an unrelated edit regenerates nothing.
/// </summary>
internal readonly record struct ClientFeatures(bool HttpClientFactory, bool Configuration, bool Logging)
{
    public bool Any => HttpClientFactory || Configuration || Logging;

    public static ClientFeatures Of(Compilation compilation) => new(
        Has(compilation, "Microsoft.Extensions.DependencyInjection.IHttpClientBuilder") && Has(compilation, "Microsoft.Extensions.Options.IOptions`1"),
        Has(compilation, "Microsoft.Extensions.Configuration.IConfiguration"),
        Has(compilation, "Microsoft.Extensions.Logging.ILogger"));

    private static bool Has(Compilation compilation, string metadataName)
        => compilation.GetTypeByMetadataName(metadataName) is { } type && IsVisible(type, compilation);

    // A type of a referenced assembly has to be public to be used; the project's own internal copy of a name does not count.
    private static bool IsVisible(INamedTypeSymbol type, Compilation compilation)
        => type.DeclaredAccessibility == Accessibility.Public || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly);
}
