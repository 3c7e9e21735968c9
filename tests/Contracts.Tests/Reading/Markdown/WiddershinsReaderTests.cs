using System.IO;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Tests.Reading.Apifox;
using Xunit;
using static Contracts.Tests.Reading.Markdown.MarkdownFixtures;

namespace Contracts.Tests.Reading.Markdown;

/// <summary>The Apifox Markdown export read into the model: operations, parameters, bodies, responses, data models, examples.</summary>
public sealed class WiddershinsReaderTests
{
    private static readonly ApiDocument Document = Read(Shop);

    private static Operation Op(string method, string path) => Document.Operations.Single(o => o.Method == method && o.Path == path);

    [Fact]
    public void Operations_carry_folder_method_path_summary_and_description_at_their_heading_line()
    {
        Assert.Equal("商店", Document.Title);
        Assert.Equal(
            new[] { "商品|GET /goods|商品列表", "商品|PUT /goods/{id}|修改商品", "图片|POST /goods/{id}/photo|上传图片" },
            Document.Operations.Select(o => string.Join("/", o.Folder) + "|" + o.Method + " " + o.Path + "|" + o.Summary));
        var list = Op("GET", "/goods");
        Assert.Equal("按分类列出商品", list.Description);
        Assert.Equal(LineOf(Shop, "## GET 商品列表"), list.Span.StartLine);
    }

    [Fact]
    public void Parameter_table_rows_become_parameters_with_prose_limits_enums_and_their_line()
    {
        var parameters = Op("GET", "/goods").Parameters;

        Assert.Equal(new[] { ("page", ParameterLocation.Query, false), ("kind", ParameterLocation.Query, false), ("X-Shop", ParameterLocation.Header, true) },
            parameters.Select(p => (p.Name, p.In, p.Required)));
        Assert.Equal((SchemaType.Integer, "1", "页码"), (parameters[0].Schema.Type, parameters[0].Schema.Constraints.Minimum?.Literal, parameters[0].Schema.Title));
        Assert.Equal(new[] { "\"TEA\"", "\"CUP\"" }, parameters[1].Schema.Constraints.AllowedValues.ToArray());
        Assert.Equal(LineOf(Shop, "|page|query|"), parameters[0].Span.StartLine);
        Assert.Equal((true, ParameterLocation.Path), (Op("PUT", "/goods/{id}").Parameters[0].Required, Op("PUT", "/goods/{id}").Parameters[0].In));
    }

    [Fact]
    public void Response_structure_table_nests_by_its_marks_and_arrays_of_objects_hold_the_rows_below()
    {
        var response = Assert.Single(Op("GET", "/goods").Responses);

        Assert.Equal((200, "成功", "application/json"), (response.StatusCode, response.Description, response.MediaType));
        var schema = response.Schema!;
        Assert.Equal(new[] { "code", "data" }, schema.Properties.Select(p => p.JsonName));
        Assert.True(schema.Properties.All(p => p.Required));
        var item = schema.Properties[1].Schema.Items!;
        Assert.Equal(new[] { ("id", SchemaType.Integer, false), ("name", SchemaType.String, true), ("tags", SchemaType.Array, false) },
            item.Properties.Select(p => (p.JsonName, p.Schema.Type, p.Schema.Nullable)));
        Assert.Equal(new[] { "id" }, item.Properties.Where(p => p.Required).Select(p => p.JsonName));
        Assert.Equal("状态码", schema.Properties[0].Schema.Title);
    }

    [Fact]
    public void A_json_body_linked_to_a_data_model_is_checked_against_it()
    {
        var body = Op("PUT", "/goods/{id}").RequestBody!;

        Assert.Equal(("application/json", true, "schemagoods"), (body.MediaType, body.Required, body.Schema!.Reference));
        Assert.Equal("{\n  \"id\": 7,\n  \"name\": \"茶\"\n}", Assert.Single(body.Examples).Json);
    }

    [Fact]
    public void A_yaml_body_with_a_binary_field_is_a_multipart_form()
    {
        var body = Op("POST", "/goods/{id}/photo").RequestBody!;

        Assert.Equal("multipart/form-data", body.MediaType);
        Assert.Equal(new[] { ("file", "binary", true), ("caption", null, false) }, body.Schema!.Properties.Select(p => (p.JsonName, p.Schema.Format, p.Required)));
        Assert.Empty(body.Examples);
    }

    [Fact]
    public void Data_models_are_named_schemas_reached_by_their_anchors_with_enums()
    {
        var goods = Assert.Single(Document.Schemas);
        Assert.Equal(("schemagoods", "Goods"), (goods.Key, goods.Name));
        Assert.Equal(new[] { "id", "name", "status" }, goods.Schema.Properties.Select(p => p.JsonName));
        Assert.Equal("int64", goods.Schema.Properties[0].Schema.Format);
        Assert.Equal(new[] { "\"ON_SALE\"", "\"SOLD_OUT\"" }, goods.Schema.Properties[2].Schema.Constraints.AllowedValues.ToArray());
        Assert.Equal("schemagoods", Op("PUT", "/goods/{id}").Responses[0].Schema!.Reference);
    }

    [Fact]
    public void An_example_that_breaks_its_response_is_reported_at_its_block()
    {
        var mismatch = Assert.Single(Document.Diagnostics);

        Assert.Equal((DiagnosticId.ExampleMismatch, "成功"), (mismatch.Id, mismatch.Arguments[0]));
        Assert.Contains("/id", mismatch.Arguments[1]);
        Assert.Equal(LineOf(Shop, "{\"id\": \"seven\""), mismatch.Span.StartLine);
    }

    [Fact]
    public void English_headings_are_read_the_same_way()
    {
        var text = FrontMatter + """
            # Shop

            # Goods

            ## POST Create goods

            POST /goods

            Creates one.

            > Body parameter

            ```json
            {"name": "tea", "price": 2.5}
            ```

            ### Parameters

            |Name|In|Type|Required|Description|
            |---|---|---|---|---|
            |body|body|object| no |none|
            |» name|body|string| yes |none|
            |» price|body|number| no |Minimum: 0.5|

            > Example responses

            > 201 Response

            ```json
            {"id": "x"}
            ```

            ### Responses

            |Status|Meaning|Description|Schema|
            |---|---|---|---|
            |201|[Created](https://tools.ietf.org/html/rfc7231#section-6.3.2)|made|Inline|

            ### Responses Data Schema

            Status Code **201**

            |Name|Type|Required|Restrictions|Title|description|
            |---|---|---|---|---|---|
            |» id|integer|true|none||none|
            """;

        var document = Read(text);

        var operation = Assert.Single(document.Operations);
        Assert.Equal(("POST", "/goods", "Create goods", "Creates one.", "Goods"), (operation.Method, operation.Path, operation.Summary, operation.Description, operation.Folder[0]));
        Assert.Equal(new[] { ("name", true), ("price", false) }, operation.RequestBody!.Schema!.Properties.Select(p => (p.JsonName, p.Required)));
        Assert.Equal("0.5", operation.RequestBody.Schema.Properties[1].Schema.Constraints.Minimum?.Literal);
        Assert.Equal(new[] { "id" }, operation.Responses[0].Schema!.Properties.Select(p => p.JsonName));
        Assert.Equal(DiagnosticId.ExampleMismatch, Assert.Single(document.Diagnostics).Id);
    }

    [Fact]
    public void A_body_given_only_as_json_gets_the_shape_of_its_example()
    {
        var text = FrontMatter + "# A\n\n## POST 新建\n\nPOST /a\n\n> Body 请求参数\n\n```json\n{\"n\": 1, \"s\": \"x\", \"l\": [1.5], \"o\": {\"b\": true}}\n```\n\n### 请求参数\n\n|名称|位置|类型|必选|说明|\n|---|---|---|---|---|\n|body|body|object| 否 |none|\n";

        var body = Read(text).Operations[0].RequestBody!;

        Assert.Equal(new[] { ("n", SchemaType.Integer), ("s", SchemaType.String), ("l", SchemaType.Array), ("o", SchemaType.Object) },
            body.Schema!.Properties.Select(p => (p.JsonName, p.Schema.Type)));
        Assert.Equal(SchemaType.Number, body.Schema.Properties[2].Schema.Items!.Type);
        Assert.Empty(Read(text).Diagnostics);
    }

    [Fact]
    public void Broken_parts_are_reported_at_their_lines_and_skipped()
    {
        var text = FrontMatter + "# A\n\n## GET 没有路径\n\n说明\n\n## GET 列表\n\nGET /a\n\n### 请求参数\n\n|名称|位置|类型|必选|说明|\n|---|---|---|---|---|\n|x|matrix|string| 否 |none|\n\n### 返回结果\n\n|状态码|状态码含义|说明|数据模型|\n|---|---|---|---|\n|OK|OK|none|Inline|\n\n> 返回示例\n\n```json\n{broken\n```\n";

        var document = Read(text);

        Assert.Equal(new[] { "GET /a" }, document.Operations.Select(o => o.Method + " " + o.Path));
        Assert.Equal(
            new[] { (DiagnosticId.MissingPart, LineOf(text, "## GET 没有路径")), (DiagnosticId.MarkdownPartSkipped, LineOf(text, "|x|matrix|")), (DiagnosticId.MarkdownPartSkipped, LineOf(text, "|OK|OK|")) },
            document.Diagnostics.Select(d => (d.Id, d.Span.StartLine)));
    }

    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_read_the_same_at_the_same_lines()
    {
        var document = Read("\uFEFF" + Shop.Replace("\n", "\r\n"));

        Assert.Equal(Document.Operations.Select(o => o.Method + " " + o.Path + " " + o.Span), document.Operations.Select(o => o.Method + " " + o.Path + " " + o.Span));
        Assert.Equal(Document.Diagnostics.Select(d => d.Id + "@" + d.Span), document.Diagnostics.Select(d => d.Id + "@" + d.Span));
        Assert.Equal(Document.Schemas.Count, document.Schemas.Count);
    }

    [Fact]
    public void Markdown_without_widdershins_front_matter_is_not_read_as_an_export()
    {
        Assert.Null(ApiDocumentReader.Read("README.md", "# Title\n\n## GET list\n\nGET /a\n", default));
        Assert.Null(ApiDocumentReader.Read("post.md", "---\ntitle: post\ngenerator: jekyll\n---\n# GET it\n", default));
    }

    [CorpusTheory]
    [InlineData("nova__默认模块.md", 9, 2)]
    [InlineData("HttpManageBackEnd__HTTP接口管理平台.md", 16, 3)]
    [InlineData("MoeTrip__api_spec.md", 30, 10)]
    public void Corpus_exports_are_read_whole(string name, int operations, int schemas)
    {
        var text = File.ReadAllText(Corpus.PathOf(name));

        var document = Read(text, Corpus.PathOf(name));

        Assert.Equal((operations, schemas), (document.Operations.Count, document.Schemas.Count));
        Assert.All(document.Operations, o => Assert.StartsWith("/", o.Path));
        Assert.All(document.Operations, o => Assert.NotEmpty(o.Responses));
        // Findings are about examples only (the exports' examples often disagree with their tables), each at a line of the file.
        Assert.All(document.Diagnostics, d => Assert.Contains(d.Id, new[] { DiagnosticId.ExampleMismatch, DiagnosticId.ExampleUndeclaredMember, DiagnosticId.NullOnlyType }));
        var lines = text.Split('\n').Length;
        Assert.All(document.Diagnostics, d => Assert.InRange(d.Span.StartLine, 1, lines));
    }
}
