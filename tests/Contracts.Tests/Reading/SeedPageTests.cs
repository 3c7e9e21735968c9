using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Xunit;
using static Contracts.Tests.Reading.ReadingFixtures;

namespace Contracts.Tests.Reading;

public sealed class SeedPageTests
{
    private static readonly ApiDocument Seed = ApifoxPageReader.Read(SeedPath, SeedText, default);

    [Fact]
    public void Reads_the_operation()
    {
        Assert.Equal(SourceFormat.ApifoxPage, Seed.Format);
        Assert.Equal("创建任务 stability-ai/stable-diffusion-img2img", Seed.Title);
        var operation = Assert.Single(Seed.Operations);
        Assert.Equal("POST", operation.Method);
        Assert.Equal("/replicate/v1/predictions", operation.Path);
        Assert.Null(operation.OperationId);
        Assert.Equal(Seed.Title, operation.Summary);
        Assert.True(operation.Folder.IsEmpty);
    }

    [Fact]
    public void Reads_the_authorization_header_the_planner_leaves_out_of_the_method()
    {
        Assert.Equal("Authorization", Assert.Single(Seed.Operations[0].Parameters).Name);
    }

    [Fact]
    public void Reads_the_request_body_in_apifox_order_with_prose_constraints()
    {
        var body = Seed.Operations[0].RequestBody!;
        Assert.Equal("application/json", body.MediaType);
        Assert.True(body.Required);
        var root = body.Schema!;
        Assert.Equal(SchemaType.Object, root.Type);
        var input = Assert.Single(root.Properties);
        Assert.Equal("input", input.JsonName);
        Assert.False(input.Required);
        Assert.Equal(SchemaType.Object, input.Schema.Type);
        Assert.Equal(
            new[] { "image", "prompt", "scheduler", "num_outputs", "guidance_scale", "prompt_strength", "num_inference_steps" },
            input.Schema.Properties.Select(p => p.JsonName));
        Assert.Equal(new[] { "image" }, input.Schema.Properties.Where(p => p.Required).Select(p => p.JsonName));

        AssertNumber(Member(input.Schema, "num_outputs").Schema, SchemaType.Integer, "1", "1", "8");
        AssertNumber(Member(input.Schema, "guidance_scale").Schema, SchemaType.Number, "7.5", "1", "20");
        AssertNumber(Member(input.Schema, "prompt_strength").Schema, SchemaType.Number, "0.8", null, null);
        AssertNumber(Member(input.Schema, "num_inference_steps").Schema, SchemaType.Integer, "25", "1", "500");

        var image = Member(input.Schema, "image").Schema;
        Assert.Equal(SchemaType.String, image.Type);
        Assert.Equal("生成变化的初始图像。", image.Description);
        Assert.Null(image.Default);
        Assert.True(image.Constraints.IsEmpty);
        Assert.Equal(new SourceSpan(52, 10, 52, 17), Member(input.Schema, "image").Span);
    }

    [Fact]
    public void Reads_the_response_with_null_typed_members_as_any_nullable()
    {
        var response = Assert.Single(Seed.Operations[0].Responses);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("成功", response.Name);
        Assert.Null(response.Description);
        Assert.Equal("application/json", response.MediaType);
        var schema = response.Schema!;
        Assert.Equal(11, schema.Properties.Count);
        Assert.All(schema.Properties, p => Assert.True(p.Required));
        foreach (var name in new[] { "output", "error" })
        {
            var member = Member(schema, name).Schema;
            Assert.Equal(SchemaType.Any, member.Type);
            Assert.True(member.Nullable);
        }
        Assert.Equal(SchemaType.Boolean, Member(Member(schema, "input").Schema, "prompt_upsampling").Schema.Type);
    }

    [Fact]
    public void Attaches_both_response_examples_and_the_request_example()
    {
        var examples = Seed.Operations[0].Responses[0].Examples;
        Assert.Equal(new[] { "Create image", "成功示例" }, examples.Select(e => e.Name));
        Assert.StartsWith("{\n    \"created\": 1589478378", examples[0].Json);
        Assert.Equal(new SourceSpan(230, 12, 230, 193), examples[0].Span);

        var request = Assert.Single(Seed.Operations[0].RequestBody!.Examples);
        Assert.Equal("example 1", request.Name);
        Assert.Contains("\"num_inference_steps\": 25", request.Json);
    }

    [Fact]
    public void Reports_exactly_the_expected_diagnostics()
    {
        Assert.Equal(
            new[]
            {
                "CTR2001@165:19 /output",
                "CTR2001@171:19 /error",
                "CTR2003@102:16 example 1|/version",
                "CTR2002@231:13 Create image|/: required property 'id' is missing",
            },
            Seed.Diagnostics.Select(d => Brief(d) + " " + string.Join("|", d.Arguments)));
        Assert.All(Seed.Diagnostics, d => Assert.Equal(SeedPath, d.FilePath));
        Assert.Equal(new SourceSpan(164, 18, 164, 24), Seed.Diagnostics[0].Span);
    }

    [Fact]
    public void The_entry_point_recognises_the_page_and_reading_twice_gives_equal_models()
    {
        var again = ApiDocumentReader.Read(SeedPath, SeedText, default);
        Assert.Equal(Seed, again);
        Assert.Equal(Seed.GetHashCode(), again!.GetHashCode());
    }

    [Fact]
    public void Crlf_and_a_byte_order_mark_read_the_same_model_on_the_same_lines()
    {
        var crlf = ApiDocumentReader.Read(SeedPath, "\uFEFF" + SeedText.Replace("\n", "\r\n"), default)!;
        Assert.Equal(Seed.Operations[0].Path, crlf.Operations[0].Path);
        Assert.Equal(Seed.Title, crlf.Title);
        Assert.Equal(Seed.Diagnostics.Select(d => (d.Id, d.Span)), crlf.Diagnostics.Select(d => (d.Id, d.Span)));
        Assert.Equal(Seed.Operations[0].RequestBody!.Schema, crlf.Operations[0].RequestBody!.Schema);
    }

    private static void AssertNumber(Schema schema, SchemaType type, string @default, string? minimum, string? maximum)
    {
        Assert.Equal(type, schema.Type);
        Assert.Equal(@default, schema.Default);
        Assert.Equal(ConstraintOrigin.Prose, schema.DefaultOrigin);
        Assert.Equal(minimum is null ? null : new NumericBound(minimum, false, ConstraintOrigin.Prose), schema.Constraints.Minimum);
        Assert.Equal(maximum is null ? null : new NumericBound(maximum, false, ConstraintOrigin.Prose), schema.Constraints.Maximum);
    }
}
