using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Contracts.Tests.Harness;

/// <summary>
/// Assemblies of the ASP.NET Core shared framework the test process runs with (Microsoft.Extensions.*), for tests of
/// what the generator emits when a project references dependency injection, the HttpClient factory, configuration or logging.
/// </summary>
public static class ExtensionsReferences
{
    /// <summary>The shared-framework assemblies whose names start with one of <paramref name="prefixes"/>.</summary>
    public static IReadOnlyList<MetadataReference> Named(params string[] prefixes)
    {
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => prefixes.Any(prefix => Path.GetFileNameWithoutExtension(path).StartsWith(prefix, StringComparison.Ordinal)))
            .Where(path => !string.Equals(Path.GetDirectoryName(path), Path.GetDirectoryName(typeof(object).Assembly.Location), StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }

    /// <summary>Dependency injection, the HttpClient factory, options, configuration and logging abstractions.</summary>
    public static IReadOnlyList<MetadataReference> HostingStack() => Named(
        "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Http", "Microsoft.Extensions.Options",
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.Logging", "Microsoft.Extensions.Primitives");
}
