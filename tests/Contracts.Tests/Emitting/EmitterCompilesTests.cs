using System.Linq;
using Contracts.Generator;
using Contracts.Generator.Emitting;
using Contracts.Generator.Planning;
using Contracts.Tests.Harness;
using Xunit;
using static Contracts.Tests.Emitting.ModelFixtures;

namespace Contracts.Tests.Emitting;

public sealed class EmitterCompilesTests
{
    [Fact]
    public void Emitted_seed_shaped_model_compiles_and_validates()
    {
        var input = Object(
            Member("image", String("The initial image."), required: true),
            Member("num_outputs", Integer("1", "8", "1")),
            Member("tags", new Generator.Model.Schema { Type = Generator.Model.SchemaType.Array, Items = String() }));
        var document = Document("things.apifox.txt", Object(Member("input", input, required: true)), Object(Member("id", String(), required: true)));
        var plan = PlanBuilder.Build(document, new SchemaFileOptions("Fixtures.Things", "ThingsClient", null));
        var sources = FileEmitter.Emit(plan).Select(source => source.Text).ToList();
        sources.Add("""
            public static class Probe
            {
                public static string Run()
                {
                    var request = new Fixtures.Things.PostThingsRequest { Input = new Fixtures.Things.PostThingsRequestInput { Image = "x", NumOutputs = 9 } };
                    var errors = request.Validate();
                    var json = System.Text.Json.JsonSerializer.Serialize(request, Fixtures.Things.ThingsJsonContext.Default.PostThingsRequest);
                    return errors.Count + "|" + errors[0].Path + "|" + errors[0].Keyword + "|" + json;
                }
            }
            """);
        var run = GeneratorHarness.Run(Enumerable.Empty<SchemaInput>(), sources);
        using var compiled = run.Compile();
        var result = (string)compiled.InvokeStatic("Probe", "Run")!;
        Assert.Equal("1|/input/num_outputs|maximum|{\"input\":{\"image\":\"x\",\"num_outputs\":9}}", result);
    }
}
