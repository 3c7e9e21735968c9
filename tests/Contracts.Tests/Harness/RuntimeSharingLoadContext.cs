using System.Reflection;
using System.Runtime.Loader;

namespace Contracts.Tests.Harness;

/// <summary>A collectible context for one generated assembly that takes Contracts.Runtime from the test's own context,
/// so ValidationError and friends are the same types on both sides.</summary>
public sealed class RuntimeSharingLoadContext : AssemblyLoadContext
{
    private static readonly Assembly RuntimeAssembly = typeof(Contracts.ValidationError).Assembly;

    public RuntimeSharingLoadContext(string name)
        : base(name, isCollectible: true)
    {
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (AssemblyName.ReferenceMatchesDefinition(assemblyName, RuntimeAssembly.GetName()))
        {
            return RuntimeAssembly;
        }
        // Null defers to the default context, which holds the framework.
        return null;
    }
}
