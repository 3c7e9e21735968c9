using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Contracts.Generator;
using Contracts.Generator.Planning;
using Xunit;

namespace Contracts.Tests.Emitting;

/// <summary>
/// The planner decides, emitters only print: nothing in Contracts.Generator.Emitting (fields, properties, parameters,
/// return values, locals, lambdas' closures) and nothing in the plan records it prints holds a type of the schema model.
/// </summary>
public sealed class EmitterPurityTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    // Model types an emitter may see: where a parameter goes, and the diagnostics a plan carries through.
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal) { "ParameterLocation", "DiagnosticInfo", "SourceSpan" };

    private static readonly Assembly Generator = typeof(ContractsGenerator).Assembly;

    [Fact]
    public void No_emitter_uses_a_type_of_the_schema_model()
    {
        var emitters = Generator.GetTypes().Where(t => t.Namespace == "Contracts.Generator.Emitting").ToList();
        Assert.Contains(emitters, t => t.Name == "RecordEmitter");
        var offenders = new List<string>();
        foreach (var type in emitters)
        {
            foreach (var (used, where) in UsedTypes(type))
            {
                if (IsModel(used)) offenders.Add($"{type.FullName}.{where}: {used.FullName}");
            }
        }
        Assert.True(offenders.Count == 0, "Emitters read the schema model:\n  " + string.Join("\n  ", offenders));
    }

    [Fact]
    public void The_plan_emitters_print_holds_no_type_of_the_schema_model()
    {
        var offenders = new List<string>();
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(new[] { typeof(FilePlan) });
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (!seen.Add(type)) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (var part in Parts(property.PropertyType))
                {
                    if (IsModel(part)) offenders.Add($"{type.Name}.{property.Name}: {part.FullName}");
                    else if (part.Namespace == "Contracts.Generator.Planning" && !part.IsEnum) pending.Enqueue(part);
                }
            }
        }
        Assert.Contains(typeof(PropertyPlan), seen);
        Assert.Contains(typeof(ValueRules), seen);
        Assert.True(offenders.Count == 0, "Plan records hold the schema model:\n  " + string.Join("\n  ", offenders));
    }

    private static bool IsModel(Type type) => type.Namespace == "Contracts.Generator.Model" && !Allowed.Contains(type.Name);

    private static IEnumerable<(Type Used, string Where)> UsedTypes(Type type)
    {
        foreach (var field in type.GetFields(Everything))
        {
            foreach (var part in Parts(field.FieldType)) yield return (part, field.Name);
        }
        foreach (var property in type.GetProperties(Everything))
        {
            foreach (var part in Parts(property.PropertyType)) yield return (part, property.Name);
        }
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                foreach (var part in Parts(info.ReturnType)) yield return (part, method.Name + " (returns)");
            }
            foreach (var parameter in method.GetParameters())
            {
                foreach (var part in Parts(parameter.ParameterType)) yield return (part, method.Name + "(" + parameter.Name + ")");
            }
            foreach (var local in method.GetMethodBody()?.LocalVariables ?? (IList<LocalVariableInfo>)Array.Empty<LocalVariableInfo>())
            {
                foreach (var part in Parts(local.LocalType)) yield return (part, method.Name + " (local " + local.LocalIndex + ")");
            }
        }
    }

    /// <summary>The type and every type it is built from: element types and generic arguments.</summary>
    private static IEnumerable<Type> Parts(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var part in Parts(type.GetElementType()!)) yield return part;
            yield break;
        }
        yield return type;
        if (!type.IsGenericType) yield break;
        foreach (var argument in type.GetGenericArguments())
        {
            foreach (var part in Parts(argument)) yield return part;
        }
    }
}
