using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Harness;

/// <summary>Reads the tracked incremental steps of a run, so a test can prove an edit left the pipeline cached.</summary>
public static class IncrementalSteps
{
    // Roslyn tracks its own input nodes under these names (they change with every edit by design), and repeats
    // the output nodes among the steps; neither is one of the generator's own steps.
    private static readonly HashSet<string> RoslynSteps = new()
    {
        WellKnownGeneratorInputs.Compilation,
        WellKnownGeneratorInputs.ParseOptions,
        WellKnownGeneratorInputs.AdditionalTexts,
        WellKnownGeneratorInputs.AnalyzerConfigOptions,
        WellKnownGeneratorInputs.MetadataReferences,
        WellKnownGeneratorOutputs.SourceOutput,
        WellKnownGeneratorOutputs.ImplementationSourceOutput,
    };

    /// <summary>Names given with WithTrackingName by the generator (Roslyn's own input and output steps left out).</summary>
    public static IReadOnlyList<string> TrackedStepNames(this GeneratorRun run)
        => run.RunResult.Results
            .SelectMany(result => result.TrackedSteps.Keys)
            .Where(name => !RoslynSteps.Contains(name))
            .Distinct()
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .ToList();

    /// <summary>Names of the output steps that ran, such as <c>SourceOutput</c>.</summary>
    public static IReadOnlyList<string> TrackedOutputStepNames(this GeneratorRun run)
        => run.RunResult.Results.SelectMany(result => result.TrackedOutputSteps.Keys).Distinct().ToList();

    /// <summary>The reason of every output of the named step in this run.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> StepReasons(this GeneratorRun run, string stepName)
        => Steps(run, stepName, output: false).SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();

    /// <summary>The reason of every output of the named output step (<c>SourceOutput</c>, <c>ImplementationSourceOutput</c>).</summary>
    public static IReadOnlyList<IncrementalStepRunReason> OutputStepReasons(this GeneratorRun run, string stepName)
        => Steps(run, stepName, output: true).SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();

    /// <summary>The values the named step produced in this run (what a model-purity check walks).</summary>
    public static IReadOnlyList<object> StepOutputs(this GeneratorRun run, string stepName)
        => Steps(run, stepName, output: false).SelectMany(step => step.Outputs).Select(output => output.Value).ToList();

    /// <summary>Fails unless every output of every named step is Cached or Unchanged; a name that was not tracked fails too.</summary>
    public static void AssertCachedOrUnchanged(this GeneratorRun run, params string[] stepNames)
    {
        var problems = stepNames
            .Select(name => (name, reasons: run.StepReasons(name)))
            .Where(step => step.reasons.Any(reason => !IsReused(reason)))
            .Select(step => $"{step.name}: {string.Join(", ", step.reasons)}")
            .ToList();
        if (problems.Count > 0)
        {
            Assert.Fail("Steps did work they should have reused:\n  " + string.Join("\n  ", problems));
        }
    }

    /// <summary>Fails unless all of the generator's tracked steps and all output steps are Cached or Unchanged.</summary>
    public static void AssertAllTrackedStepsCachedOrUnchanged(this GeneratorRun run)
    {
        var names = run.TrackedStepNames();
        if (names.Count == 0)
        {
            Assert.Fail("No tracked steps: name the pipeline's steps with WithTrackingName so caching can be checked.");
        }
        run.AssertCachedOrUnchanged(names.ToArray());

        var outputProblems = run.TrackedOutputStepNames()
            .Select(name => (name, reasons: run.OutputStepReasons(name)))
            .Where(step => step.reasons.Any(reason => !IsReused(reason)))
            .Select(step => $"{step.name}: {string.Join(", ", step.reasons)}")
            .ToList();
        if (outputProblems.Count > 0)
        {
            Assert.Fail("Outputs were produced again:\n  " + string.Join("\n  ", outputProblems));
        }
    }

    private static bool IsReused(IncrementalStepRunReason reason)
        => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static IEnumerable<IncrementalGeneratorRunStep> Steps(GeneratorRun run, string stepName, bool output)
    {
        var found = new List<IncrementalGeneratorRunStep>();
        var any = false;
        foreach (var result in run.RunResult.Results)
        {
            var table = output ? result.TrackedOutputSteps : result.TrackedSteps;
            if (table.TryGetValue(stepName, out var steps))
            {
                any = true;
                found.AddRange(steps);
            }
        }
        if (!any)
        {
            var known = output ? run.TrackedOutputStepNames() : run.TrackedStepNames();
            Assert.Fail($"No tracked {(output ? "output " : "")}step '{stepName}'. Tracked: {(known.Count == 0 ? "(none)" : string.Join(", ", known))}");
        }
        return found;
    }
}
