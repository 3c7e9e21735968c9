using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Reading.Apifox;

/// <summary>
/// The real Apifox files of the shared corpus. Counts were taken by hand from the files. Example and schema warnings are
/// not pinned: they move as schema support grows; format-level findings (CTR1xxx) and unresolved references must stay at zero.
/// </summary>
public sealed class ApifoxCorpusTests
{
    [CorpusTheory]
    [InlineData(Corpus.ApifoxToApipost, "ApifoxProject", "个人空间", 5, 3)]
    [InlineData(Corpus.Jt808, "ApifoxProject", "JT808协议", 19, 2)]
    [InlineData(Corpus.RedRockVideo, "ApifoxProject", "RedRockVideo", 30, 0)]
    [InlineData(Corpus.Details, "ApifoxEndpoints", "apifox-generator__details", 7, 0)]
    public void Reads_every_endpoint_and_schema_without_format_findings(string file, string format, string title, int operations, int schemas)
    {
        var document = Corpus.Read(file);

        Assert.Equal(format, document.Format.ToString());
        Assert.Equal(title, document.Title);
        Assert.Equal(operations, document.Operations.Count);
        Assert.Equal(schemas, document.Schemas.Count);
        Assert.DoesNotContain(document.Diagnostics, d => d.Id.Level == DiagnosticLevel.Error);
        Assert.DoesNotContain(document.Diagnostics, d => d.Id.Code.StartsWith("CTR1", System.StringComparison.Ordinal) || d.Id == DiagnosticId.UnresolvedReference);
    }

    [CorpusFact]
    public void ApifoxToApipost_folder_references_and_multiple_responses()
    {
        var document = Corpus.Read(Corpus.ApifoxToApipost);

        Assert.All(document.Operations, o => Assert.Equal(new[] { "示例项目" }, o.Folder));
        Assert.Equal(new[] { "Pet", "Category", "Tag" }, document.Schemas.Select(s => s.Name));
        Assert.Equal("#/definitions/41302761", document.Schemas[0].Key);

        var get = Operation(document, "GET", "/pet/{petId}");
        Assert.Equal("查询宠物详情", get.Summary);
        var data = get.Responses[0].Schema!.Properties.Single(p => p.JsonName == "data").Schema;
        Assert.Equal("#/definitions/41302761", data.Reference);
        Assert.Equal("宠物信息", data.Description);
        Assert.Contains(document.Schemas, s => s.Key == data.Reference);
        // Named schemas refer to each other by id as well.
        var category = document.Schemas[0].Schema.Properties.Single(p => p.JsonName == "category").Schema;
        Assert.Equal("#/definitions/41302760", category.Reference);

        var put = Operation(document, "PUT", "/pet");
        Assert.Equal(new[] { 405, 200, 404 }, put.Responses.Select(r => r.StatusCode));
        Assert.Equal(new[] { "验证错误", "成功", "记录不存在" }, put.Responses.Select(r => r.Name));
        Assert.Equal("成功示例", Assert.Single(put.Responses[1].Examples).Name);
        // A JSON body with no jsonSchema at all.
        Assert.Null(put.RequestBody!.Schema);
    }

    [CorpusFact]
    public void ApifoxToApipost_form_body_numeric_path_value_and_invalid_example()
    {
        var document = Corpus.Read(Corpus.ApifoxToApipost);

        var form = Operation(document, "POST", "/pet").RequestBody!;
        Assert.Equal("application/x-www-form-urlencoded", form.MediaType);
        Assert.Equal(SchemaType.Object, form.Schema!.Type);
        Assert.Equal(new[] { "name", "status" }, form.Schema.Properties.Select(p => p.JsonName));
        Assert.All(form.Schema.Properties, p => Assert.True(p.Required));
        Assert.Equal("宠物名", form.Schema.Properties[0].Schema.Description);

        var delete = Operation(document, "DELETE", "/pet/{petId}");
        Assert.Null(delete.RequestBody);
        var petId = delete.Parameters.Single(p => p.In == ParameterLocation.Path);
        Assert.Equal(("petId", true, "1"), (petId.Name, petId.Required, petId.Example));
        var apiKey = delete.Parameters.Single(p => p.In == ParameterLocation.Header);
        Assert.Equal(("api_key", false), (apiKey.Name, apiKey.Required));

        // The older body "example" text is not JSON: a warning where it is, nothing worse.
        var notJson = Assert.Single(document.Diagnostics, d => d.Id == DiagnosticId.ExampleNotJson);
        Assert.Equal(790, notJson.Span.StartLine);
    }

    [CorpusFact]
    public void Jt808_nested_folders_and_schema_ids()
    {
        var document = Corpus.Read(Corpus.Jt808);

        var folders = document.Operations.GroupBy(o => string.Join("/", o.Folder)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(15, folders["web/service"]);
        Assert.Equal(2, folders["web/notice"]);
        Assert.Equal(2, folders["ftp"]);
        Assert.Equal(new[] { "#/definitions/137391745", "#/definitions/137482363" }, document.Schemas.Select(s => s.Key));
        Assert.Equal(new[] { "指令消息", "应答" }, document.Schemas.Select(s => s.Name));

        var images = Operation(document, "GET", "/api/v1/jt808/images");
        Assert.Null(images.RequestBody);
        Assert.Equal(("name", ParameterLocation.Query, true), (images.Parameters[0].Name, images.Parameters[0].In, images.Parameters[0].Required));
        // Two endpoints share a tree name but not a path; both are kept.
        Assert.Equal(2, document.Operations.Count(o => o.Summary == "0x9205-查询资源列表"));
    }

    [CorpusFact]
    public void RedRock_multipart_upload_and_newer_parameter_rows()
    {
        var document = Corpus.Read(Corpus.RedRockVideo);

        Assert.Equal(new[] { "用户模块", "视频模块", "直播模块", "弹幕模块" }, document.Operations.Select(o => o.Folder.Single()).Distinct());
        var upload = Operation(document, "POST", "/video/{rvid}/upload/video");
        Assert.Equal("multipart/form-data", upload.RequestBody!.MediaType);
        var file = Assert.Single(upload.RequestBody.Schema!.Properties);
        Assert.Equal(("file", SchemaType.String, "binary"), (file.JsonName, file.Schema.Type, file.Schema.Format));
        // The JSON sample left on the form body is for another encoding, so it is not attached.
        Assert.Empty(upload.RequestBody.Examples);

        // A row with a schema object and a list of example values.
        var page = Operation(document, "GET", "/user/info/users").Parameters.Single(p => p.Name == "page");
        Assert.Equal(("1", SchemaType.String, "页码"), (page.Example, page.Schema.Type, page.Description));
        Assert.Equal("PATCH", Operation(document, "PATCH", "/video/judge/{rvid}").Method);
    }

    [CorpusFact]
    public void Details_numeric_ids_two_responses_and_typed_path_parameter()
    {
        var document = Corpus.Read(Corpus.Details);

        var haha = Operation(document, "PUT", "/api/meos/ems-saas-web/Spring/MVC/entrance/unifier/log/zhangsan/{aabbcc}/get");
        Assert.Equal("haha", haha.Summary);
        Assert.Equal(new[] { 200, 201 }, haha.Responses.Select(r => r.StatusCode));
        var path = Assert.Single(haha.Parameters);
        Assert.Equal(("aabbcc", true, SchemaType.Integer, "test"), (path.Name, path.Required, path.Schema.Type, path.Description));
        Assert.All(document.Operations, o => Assert.Empty(o.Folder));
        Assert.Equal("登录日志上报, 仅上报登录成功日志", document.Operations[0].Description);
    }

    [CorpusFact]
    public void The_tree_list_alone_is_not_an_endpoint_file()
    {
        var text = System.IO.File.ReadAllText(Corpus.PathOf(Corpus.TreeList));

        Assert.Null(Contracts.Generator.Reading.ApiDocumentReader.Read(Corpus.PathOf(Corpus.TreeList), text, default));
    }

    [Fact]
    public void Corpus_attributes_skip_exactly_when_the_corpus_is_missing()
    {
        Assert.Equal(Corpus.SkipReason, new CorpusFactAttribute().Skip);
        Assert.Equal(Corpus.SkipReason, new CorpusTheoryAttribute().Skip);
        Assert.Equal(Corpus.Folder is null && !TestData.TestDataFolders.Required, Corpus.SkipReason is not null);
    }

    private static Operation Operation(ApiDocument document, string method, string path)
        => document.Operations.Single(o => o.Method == method && o.Path == path);
}
