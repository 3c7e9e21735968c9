using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Harness;

/// <summary>Checks that pipeline models hold no Roslyn objects: a symbol, syntax node or compilation in a model
/// defeats caching and keeps old compilations alive.</summary>
public static class ModelPurity
{
    private const int MaxDepth = 64;
    private const int MaxNodes = 200_000;

    /// <summary>Fails listing the path of every Roslyn value reachable from <paramref name="value"/>.</summary>
    public static void AssertPure(object? value, string rootName = "model")
    {
        var offenders = FindRoslynValues(value, rootName);
        if (offenders.Count > 0)
        {
            Assert.Fail("Model holds Roslyn objects:\n  " + string.Join("\n  ", offenders));
        }
    }

    /// <summary>Walks every output value of the named tracked steps.</summary>
    public static void AssertStepOutputsPure(this GeneratorRun run, params string[] stepNames)
    {
        foreach (var name in stepNames)
        {
            var outputs = run.StepOutputs(name);
            for (var i = 0; i < outputs.Count; i++)
            {
                AssertPure(outputs[i], $"{name}[{i}]");
            }
        }
    }

    /// <summary>Paths (such as <c>model.Operations[2].Symbol</c>) to Roslyn values, each with its type.</summary>
    public static IReadOnlyList<string> FindRoslynValues(object? value, string rootName = "model")
    {
        var offenders = new List<string>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        // Breadth-first, so the shortest path to an offender is the one reported.
        var pending = new Queue<(object? Value, string Path, int Depth)>();
        pending.Enqueue((value, rootName, 0));
        var nodes = 0;

        while (pending.Count > 0)
        {
            var (current, path, depth) = pending.Dequeue();
            if (current is null || IsLeaf(current.GetType()))
            {
                continue;
            }
            if (!current.GetType().IsValueType && !visited.Add(current))
            {
                continue;
            }
            if (IsRoslynNamespace(current.GetType()))
            {
                // Allowed Roslyn values are leaves too: Location.None's own properties hold spans.
                if (!IsHarmless(current))
                {
                    offenders.Add($"{path}: {current.GetType().FullName}");
                }
                continue;
            }
            // Bounded so a property that builds a fresh object on every read cannot walk forever.
            if (++nodes > MaxNodes || depth > MaxDepth)
            {
                Assert.Fail($"Model graph too large or deep to check (at {path}).");
            }

            foreach (var (child, childPath) in Children(current, path))
            {
                pending.Enqueue((child, childPath, depth + 1));
            }
        }
        return offenders;
    }

    private static bool IsRoslynNamespace(Type type)
    {
        var ns = type.Namespace ?? "";
        return ns == "Microsoft.CodeAnalysis" || ns.StartsWith("Microsoft.CodeAnalysis.", StringComparison.Ordinal);
    }

    // Enums (such as DiagnosticSeverity) are plain numbers, and Location.None points at nothing.
    private static bool IsHarmless(object value) => value.GetType().IsEnum || value is Location { Kind: LocationKind.None };

    private static bool IsLeaf(Type type)
        => type.IsPrimitive || type.IsEnum || type.IsPointer
           || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
           || type == typeof(TimeSpan) || type == typeof(Guid) || typeof(MemberInfo).IsAssignableFrom(type);

    private static IEnumerable<(object? Value, string Path)> Children(object value, string path)
    {
        var type = value.GetType();
        var isFramework = (type.Namespace ?? "").StartsWith("System", StringComparison.Ordinal);

        if (value is IEnumerable sequence)
        {
            foreach (var item in Elements(sequence, type, path))
            {
                yield return item;
            }
            if (isFramework)
            {
                yield break;
            }
        }

        foreach (var field in InstanceFields(type))
        {
            yield return (field.GetValue(value), path + "." + DisplayName(field));
        }

        // Framework types are walked by their fields only: their properties may compute or allocate.
        if (isFramework)
        {
            yield break;
        }
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
            {
                continue;
            }
            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue;
            }
            yield return (propertyValue, path + "." + property.Name);
        }
    }

    private static IEnumerable<(object? Value, string Path)> Elements(IEnumerable sequence, Type type, string path)
    {
        var elementType = type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (elementType is not null && IsLeaf(elementType))
        {
            return Array.Empty<(object?, string)>();
        }

        var items = new List<(object?, string)>();
        try
        {
            foreach (var item in sequence)
            {
                items.Add((item, $"{path}[{items.Count}]"));
            }
        }
        catch (InvalidOperationException)
        {
            // A default ImmutableArray cannot be enumerated; it holds nothing.
        }
        catch (NullReferenceException)
        {
        }
        return items;
    }

    private static IEnumerable<FieldInfo> InstanceFields(Type type)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                yield return field;
            }
        }
    }

    // Auto-property backing fields are named <Name>k__BackingField; show them as the property.
    private static string DisplayName(FieldInfo field)
    {
        var name = field.Name;
        return name.StartsWith('<') && name.IndexOf('>') is var end and > 0 ? name.Substring(1, end - 1) : name;
    }
}
