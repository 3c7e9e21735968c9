using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Xunit;

namespace Contracts.Tests.Harness;

/// <summary>A generated assembly loaded in its own collectible context; dispose to unload it.</summary>
public sealed class CompiledAssembly : IDisposable
{
    private readonly RuntimeSharingLoadContext _context;

    private CompiledAssembly(RuntimeSharingLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    public static CompiledAssembly Load(string name, Stream peStream, Stream? pdbStream)
    {
        var context = new RuntimeSharingLoadContext(name);
        return new CompiledAssembly(context, context.LoadFromStream(peStream, pdbStream));
    }

    /// <summary>The type with this full name (nested types as <c>Outer+Inner</c>); fails listing the types there are.</summary>
    public Type GetType(string fullName)
    {
        var type = Assembly.GetType(fullName, throwOnError: false);
        if (type is null)
        {
            var known = Assembly.GetTypes().Select(candidate => candidate.FullName).OrderBy(candidateName => candidateName, StringComparer.Ordinal);
            Assert.Fail($"No type '{fullName}' in the generated assembly. Types: {string.Join(", ", known)}");
        }
        return type!;
    }

    /// <summary>Calls a static method (public or not) chosen by name and arguments; its own exceptions propagate unwrapped.</summary>
    public object? InvokeStatic(string typeFullName, string methodName, params object?[] arguments)
    {
        var type = GetType(typeFullName);
        var candidates = type
            .GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(method => method.Name == methodName && Accepts(method, arguments))
            .ToList();
        if (candidates.Count != 1)
        {
            Assert.Fail($"Expected one static {typeFullName}.{methodName} taking {arguments.Length} compatible argument(s), found {candidates.Count}.");
        }

        try
        {
            return candidates[0].Invoke(null, arguments);
        }
        catch (TargetInvocationException wrapper) when (wrapper.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(wrapper.InnerException).Throw();
            throw;
        }
    }

    public void Dispose() => _context.Unload();

    private static bool Accepts(MethodInfo method, object?[] arguments)
    {
        var parameters = method.GetParameters();
        if (parameters.Length != arguments.Length || method.ContainsGenericParameters)
        {
            return false;
        }
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameterType = parameters[i].ParameterType;
            var argument = arguments[i];
            var fits = argument is null
                ? !parameterType.IsValueType || Nullable.GetUnderlyingType(parameterType) is not null
                : parameterType.IsInstanceOfType(argument);
            if (!fits)
            {
                return false;
            }
        }
        return true;
    }
}
