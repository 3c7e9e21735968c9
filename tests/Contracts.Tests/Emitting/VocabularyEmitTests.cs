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

/// <summary>References, cycles, enums and formats, emitted from a hand-built model, compiled and run.</summary>
public sealed class VocabularyEmitTests
{
    private static Schema Ref(string key, bool nullable = false) => new() { Reference = key, Nullable = nullable };

    private static ApiDocument Document()
    {
        var status = new Schema
        {
            Type = SchemaType.String,
            Description = "Where a prediction is.",
            Constraints = new Constraints { AllowedValues = new EquatableArray<string>(new[] { "\"starting\"", "\"succeeded\"" }) },
            EnumMembers = new EquatableArray<EnumMember>(new[] { new EnumMember("\"succeeded\"", "Done", "Finished well") }),
        };
        var code = new Schema { Type = SchemaType.String, Constraints = new Constraints { Pattern = "^[A-Z]{3}$" } };
        // Node refers to itself; Parent and Child refer to each other.
        var node = Object(Member("name", String(), required: true), Member("children", new Schema { Type = SchemaType.Array, Items = Ref("Node") }), Member("next", Ref("Node", nullable: true)));
        var parent = Object(Member("child", Ref("Child")), Member("codes", new Schema { Type = SchemaType.Array, Items = Ref("Code") }));
        var child = Object(Member("parent", Ref("Parent")), Member("status", Ref("Status"), required: true),
            Member("at", new Schema { Type = SchemaType.String, Format = "date-time" }),
            Member("id", new Schema { Type = SchemaType.String, Format = "uuid" }),
            Member("blob", new Schema { Type = SchemaType.String, Format = "byte" }));
        var body = Object(Member("tree", Ref("Node"), required: true), Member("family", Ref("Parent")));
        var schemas = new[]
        {
            new NamedSchema("Node", "Node", node, SourceSpan.None),
            new NamedSchema("Parent", "Parent", parent, SourceSpan.None),
            new NamedSchema("Child", "Child", child, SourceSpan.None),
            new NamedSchema("Status", "PredictionStatus", status, SourceSpan.None),
            new NamedSchema("Code", "Code", code, SourceSpan.None),
            new NamedSchema("Unused", "Unused", Object(Member("x", String())), SourceSpan.None),
        };
        return ModelFixtures.Document("vocab.openapi.json", body) with { Schemas = new EquatableArray<NamedSchema>(schemas) };
    }

    [Fact]
    public void References_cycles_enums_and_formats_compile_and_behave()
    {
        var plan = PlanBuilder.Build(Document(), new SchemaFileOptions("Fixtures.Vocab", "VocabClient", null));
        Assert.Equal(new[] { "PostThingsRequest", "Node", "Parent", "Child", "Unused" }, plan.Records.Select(r => r.Name).ToArray());
        Assert.Equal("PredictionStatus", Assert.Single(plan.Enums).Name);

        var sources = FileEmitter.Emit(plan).Select(s => s.Text).ToList();
        sources.Add("""
            using Fixtures.Vocab;
            public static class Probe
            {
                public static string Run()
                {
                    var json = "{\"tree\":{\"name\":\"root\",\"children\":[{\"name\":\"leaf\"}],\"next\":null},"
                        + "\"family\":{\"codes\":[\"ABC\",\"abcd\"],\"child\":{\"status\":\"exploded\",\"at\":\"2025-07-12 07:27:54\",\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"blob\":\"AQID\",\"parent\":{}}}}";
                    var value = System.Text.Json.JsonSerializer.Deserialize(json, VocabJsonContext.Default.PostThingsRequest)!;
                    var errors = value.Validate();
                    var child = value.Family!.Child!;
                    return string.Join("|", new object[]
                    {
                        value.Tree.Children![0].Name,
                        child.Status.Value, child.Status.IsKnown, PredictionStatus.Done.Value, (child.Status == "exploded"),
                        child.At!.Value.ToUniversalTime().ToString("O"), child.Id!.Value, child.Blob!.Length,
                        string.Join(",", errors.Select(e => e.Path + " " + e.Keyword)),
                        System.Text.Json.JsonSerializer.Serialize(value.Family.Child, VocabJsonContext.Default.Child),
                    });
                }
            }
            """);
        using var compiled = GeneratorHarness.Run(Enumerable.Empty<SchemaInput>(), sources.Append("global using System.Linq;")).Compile();
        var parts = ((string)compiled.InvokeStatic("Probe", "Run")!).Split('|');

        Assert.Equal("leaf", parts[0]);
        // An unknown enum value is kept, flagged, and written back unchanged.
        Assert.Equal(new[] { "exploded", "False", "succeeded", "True" }, parts[1..5]);
        Assert.Equal("2025-07-12T07:27:54.0000000+00:00", parts[5]);
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", parts[6]);
        Assert.Equal("3", parts[7]);
        Assert.Equal("/family/child/status enum,/family/codes/1 pattern", parts[8]);
        Assert.Contains("\"status\":\"exploded\"", parts[9]);
        Assert.Contains("\"blob\":\"AQID\"", parts[9]);
    }

    [Fact]
    public void Unions_keep_their_json_read_alternatives_on_demand_and_validate_by_matches()
    {
        var cat = Object(Member("kind", String(), required: true), Member("meow", Integer("0", "10"), required: true));
        var dog = Object(Member("kind", String(), required: true), Member("bark", String(), required: true));
        var pet = new Schema
        {
            Alternatives = new EquatableArray<Schema>(new[] { Ref("Cat"), Ref("Dog") }),
            Discriminator = new Discriminator("kind", new EquatableArray<DiscriminatorMapping>(new[] { new DiscriminatorMapping("cat", "Cat"), new DiscriminatorMapping("dog", "Dog") })),
        };
        var idOrName = new Schema { Alternatives = new EquatableArray<Schema>(new[] { String(), Integer() }), AlternativesFromAnyOf = true };
        var loose = new Schema { Alternatives = new EquatableArray<Schema>(new[] { Object(Member("a", String())), Object(Member("b", String())) }) };
        var body = Object(Member("pet", Ref("Pet"), required: true), Member("key", idOrName), Member("loose", loose));
        var document = ModelFixtures.Document("pets.openapi.json", body) with
        {
            Schemas = new EquatableArray<NamedSchema>(new[]
            {
                new NamedSchema("Pet", "Pet", pet, SourceSpan.None),
                new NamedSchema("Cat", "Cat", cat, SourceSpan.None),
                new NamedSchema("Dog", "Dog", dog, SourceSpan.None),
            }),
        };
        var plan = PlanBuilder.Build(document, new SchemaFileOptions("Fixtures.Pets", "PetsClient", null));
        var sources = FileEmitter.Emit(plan).Select(s => s.Text).ToList();
        sources.Add("""
            using Fixtures.Pets;
            public static class Probe
            {
                public static string Run(string json)
                {
                    var value = System.Text.Json.JsonSerializer.Deserialize(json, PetsJsonContext.Default.PostThingsRequest)!;
                    var isCat = value.Pet.TryGetCat(out var cat);
                    var isDog = value.Pet.TryGetDog(out var dog);
                    var key = value.Key is { } k ? (k.TryGetString(out var text) ? "s:" + text : k.TryGetInt32(out var number) ? "i:" + number : "?") : "-";
                    var back = System.Text.Json.JsonSerializer.Serialize(value, PetsJsonContext.Default.PostThingsRequest);
                    return string.Join("|", isCat, cat?.Meow, isDog, dog?.Bark, value.Pet.DiscriminatorValue, key,
                        string.Join(",", value.Validate().Select(e => e.Path + " " + e.Keyword)), back == json,
                        Pet.FromDog(new Dog { Kind = "dog", Bark = "woof" }).Json.GetRawText());
                }
            }
            """);
        using var compiled = GeneratorHarness.Run(Enumerable.Empty<SchemaInput>(), sources.Append("global using System.Linq;")).Compile();
        string Run(string json) => (string)compiled.InvokeStatic("Probe", "Run", json)!;

        Assert.Equal("True|3|False||cat|i:7||True|{\"kind\":\"dog\",\"bark\":\"woof\"}", Run("""{"pet":{"kind":"cat","meow":3},"key":7}"""));
        Assert.Equal("False||True|woof|dog|s:x||True|{\"kind\":\"dog\",\"bark\":\"woof\"}", Run("""{"pet":{"kind":"dog","bark":"woof"},"key":"x"}"""));
        // The discriminator picks Cat, whose meow is out of range: no alternative matches.
        Assert.Contains("|/pet oneOf|", Run("""{"pet":{"kind":"cat","meow":11}}"""));
        // Objects with nothing required match both loose alternatives: oneOf allows exactly one.
        Assert.Contains("/loose oneOf", Run("""{"pet":{"kind":"dog","bark":"w"},"loose":{"a":"1"}}"""));
        Assert.Contains("/key anyOf", Run("""{"pet":{"kind":"dog","bark":"w"},"key":true}"""));
    }
}
