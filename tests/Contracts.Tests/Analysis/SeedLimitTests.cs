using System.Linq;
using Contracts.Generator.Diagnostics;
using Xunit;

namespace Contracts.Tests.Analysis;

/// <summary>CTR6001 on the seed's own types: limits stated only in the description (最大值:8) and a string enum.</summary>
public sealed class SeedLimitTests
{
    private const string Usings = "using Contracts.Replicate;\n";

    [Fact]
    public void A_constant_above_a_limit_from_the_description_is_reported_at_the_literal_naming_the_clause()
    {
        var diagnostics = AnalyzerRun.Diagnostics(AnalyzerRun.Seed(), Usings + """
            public static class Consumer
            {
                public static PostPredictionsRequestInput Make() => new PostPredictionsRequestInput { Image = "https://example.com/a.png", NumOutputs = 9 };
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.ConstantBreaksLimit.Code, diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("9", AnalyzerRun.Marked(diagnostic));
        Assert.Equal("NumOutputs = 9 breaks the maximum 8 (NumOutputsMaximum), from the description: 最大值:8; Validate() would reject it", diagnostic.GetMessage());
    }

    [Fact]
    public void Minimums_negative_numbers_constant_expressions_and_int_to_double_conversions_are_checked()
    {
        var diagnostics = AnalyzerRun.Diagnostics(AnalyzerRun.Seed(), Usings + """
            public static class Consumer
            {
                private const int Many = 400;
                public static PostPredictionsRequestInput Make() => new PostPredictionsRequestInput
                {
                    Image = "x",
                    NumOutputs = -1,
                    GuidanceScale = 25,
                    NumInferenceSteps = Many + 101,
                };
            }
            """);

        Assert.Equal(new[] { "-1", "25", "Many + 101" }, diagnostics.Select(AnalyzerRun.Marked));
        Assert.Equal("NumOutputs = -1 breaks the minimum 1 (NumOutputsMinimum), from the description: 最小值:1; Validate() would reject it", diagnostics[0].GetMessage());
        Assert.Equal("GuidanceScale = 25 breaks the maximum 20 (GuidanceScaleMaximum), from the description: 最大值:20; Validate() would reject it", diagnostics[1].GetMessage());
        Assert.Equal("NumInferenceSteps = 501 breaks the maximum 500 (NumInferenceStepsMaximum), from the description: 最大值:500; Validate() would reject it", diagnostics[2].GetMessage());
    }

    [Fact]
    public void With_expressions_are_checked()
    {
        var diagnostics = AnalyzerRun.Diagnostics(AnalyzerRun.Seed(), Usings + """
            public static class Consumer
            {
                public static PostPredictionsRequestInput More(PostPredictionsRequestInput input) => input with { NumOutputs = 10, GuidanceScale = 0.5 };
            }
            """);

        Assert.Equal(new[] { "10", "0.5" }, diagnostics.Select(AnalyzerRun.Marked));
    }

    [Fact]
    public void Valid_values_limits_themselves_and_values_not_known_at_compile_time_are_not_reported()
    {
        var diagnostics = AnalyzerRun.Diagnostics(AnalyzerRun.Seed(), Usings + """
            public static class Consumer
            {
                public static PostPredictionsRequestInput Make(int outputs, double scale, string status) => new PostPredictionsRequestInput
                {
                    Image = "x",
                    NumOutputs = outputs * 100,
                    GuidanceScale = scale + 100,
                    NumInferenceSteps = PostPredictionsRequestInput.NumInferenceStepsMaximum,
                    PromptStrength = 5,
                    Scheduler = "anything",
                } with { NumOutputs = 8, GuidanceScale = 1 };

                public static PredictionStatus Status(string text) => text;
                public static PredictionStatus Known() => "succeeded";
                public static int? Unset() => new PostPredictionsRequestInput { Image = "x", NumOutputs = null }.NumOutputs;
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_string_literal_that_is_no_value_of_a_generated_string_enum_is_reported()
    {
        var diagnostics = AnalyzerRun.Diagnostics(AnalyzerRun.Seed(), Usings + """
            public static class Consumer
            {
                public static bool Done(Prediction prediction) => prediction.Status == "sucseeded";
                public static PredictionStatus Made() => new PredictionStatus("cancelled");
                public static PredictionStatus Cast() => (PredictionStatus)"Failed";
            }
            """);

        Assert.Equal(new[] { "\"sucseeded\"", "\"cancelled\"", "\"Failed\"" }, diagnostics.Select(AnalyzerRun.Marked));
        Assert.Equal(
            "PredictionStatus = \"sucseeded\" breaks the values the schema lists (\"starting\", \"processing\", \"succeeded\", \"failed\", \"canceled\"), from the schema's enum; Validate() would reject it",
            diagnostics[0].GetMessage());
    }

    [Fact]
    public void Types_from_a_referenced_assembly_are_checked_without_claiming_where_the_limit_was_written()
    {
        var diagnostics = AnalyzerRun.DiagnosticsAgainstReferencedSeed(Usings + """
            public static class Consumer
            {
                public static PostPredictionsRequestInput Make() => new PostPredictionsRequestInput { Image = "x", NumOutputs = 9, GuidanceScale = 7.5 };
                public static PredictionStatus Status() => "whatever";
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("9", AnalyzerRun.Marked(diagnostic));
        Assert.Equal("NumOutputs = 9 breaks the maximum 8 (NumOutputsMaximum), from the schema (its maximum or its description); Validate() would reject it", diagnostic.GetMessage());
    }
}
