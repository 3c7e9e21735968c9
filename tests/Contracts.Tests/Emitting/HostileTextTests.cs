using System.Collections.Generic;
using System.Linq;
using Contracts.Generator;
using Contracts.Generator.Emitting;
using Contracts.Generator.Planning;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Tests.Harness;
using Xunit;
using static Contracts.Tests.Emitting.ModelFixtures;

namespace Contracts.Tests.Emitting;

/// <summary>Text from a schema must never break or inject into generated code.</summary>
public sealed class HostileTextTests
{
    public static IEnumerable<object[]> HostileTexts() => new[]
    {
        new object[] { "ends a comment */ and starts one /*" },
        new object[] { "closes the summary </summary><remarks>injected</remarks>" },
        new object[] { "a \"quoted\" word and a \\ backslash \\\" mix" },
        new object[] { "line one\nline two\r\n#error injected directive\n#define X" },
        new object[] { "unicode line separator\u2028#error after LS\u2029#error after PS\u0085#error after NEL" },
        new object[] { "bidi \u202Eevil\u202C and zero width \u200B and \u0000 nul \u0007 bell \u001B esc" },
        new object[] { "\"); System.Environment.Exit(1); //" },
        new object[] { "emoji 😀 and a lone surrogate \uD800 here" },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_in_descriptions_names_defaults_and_titles_compiles_and_round_trips(string hostile)
    {
        var property = new Schema { Type = SchemaType.String, Description = hostile, Title = hostile, Default = System.Text.Json.JsonSerializer.Serialize(hostile),
            Constraints = new Constraints { AllowedValues = new EquatableArray<string>(new[] { System.Text.Json.JsonSerializer.Serialize(hostile), "\"plain\"" }) } };
        var body = new Schema { Type = SchemaType.Object, Description = hostile, Properties = new EquatableArray<Property>(new[] { Member(hostile, property), Member("ok", String(hostile)) }) };
        var document = Document(hostile + ".apifox.txt", body, urlPath: "/v1/" + hostile.Replace("/", "") + "/x") with { Title = hostile };
        var plan = PlanBuilder.Build(document, new SchemaFileOptions("Fixtures.Hostile", "HostileClient", null));
        var propertyName = plan.Records.Single(r => r.Name == plan.Operations[0].RequestBody!.RecordName!.Split('.').Last()).Properties[0].Name;
        var sources = FileEmitter.Emit(plan).Select(source => source.Text).ToList();
        sources.Add($$"""
            public static class Probe
            {
                public static string Run()
                {
                    var request = new Fixtures.Hostile.{{plan.Records[0].Name}}();
                    var json = System.Text.Json.JsonSerializer.Serialize(request, Fixtures.Hostile.HostileJsonContext.Default.{{plan.Records[0].Name}});
                    var back = System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Hostile.HostileJsonContext.Default.{{plan.Records[0].Name}})!;
                    return json + "|" + back.{{propertyName}} + "|" + back.Validate().Count;
                }
            }
            """);
        var run = GeneratorHarness.Run(Enumerable.Empty<SchemaInput>(), sources);
        using var compiled = run.Compile();
        var result = (string)compiled.InvokeStatic("Probe", "Run")!;

        // The default (the hostile text itself) is written under the hostile wire name, read back unchanged, and is an allowed value.
        var expectedJson = "{" + System.Text.Json.JsonSerializer.Serialize(hostile) + ":" + System.Text.Json.JsonSerializer.Serialize(hostile) + "}";
        var parts = result.Split('|');
        Assert.Equal(System.Text.Json.JsonDocument.Parse(expectedJson).RootElement.GetRawText(), System.Text.Json.JsonDocument.Parse(parts[0]).RootElement.GetRawText());
        Assert.Equal("0", parts[^1]);
        foreach (var source in FileEmitter.Emit(plan))
        {
            foreach (var line in source.Text.Split('\n'))
            {
                Assert.False(line.TrimStart().StartsWith("#error") || line.TrimStart().StartsWith("#define"), "directive injected: " + line);
                Assert.DoesNotContain('\u202E', line);
                Assert.DoesNotContain('\u2028', line);
            }
        }
    }
}
