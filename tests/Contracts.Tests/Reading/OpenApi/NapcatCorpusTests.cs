using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Tests.Reading.Apifox;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Reading.OpenApi;

/// <summary>The real napcat-sdk export (OpenAPI 3.1.0 by Apifox): 144 paths of one POST each, 37 components, oneOf/anyOf, Chinese names.</summary>
public sealed class NapcatCorpusTests
{
    private const string FileName = "napcat-sdk__apifox.openapi.json";

    private static ApiDocument Document => Corpus.Read(FileName);

    [CorpusFact]
    public void Reads_with_no_errors()
    {
        var document = Document;
        var errors = document.Diagnostics.Where(d => d.Id.Level == DiagnosticLevel.Error);

        Assert.Empty(errors.Select(ReadingFixtures.Brief));
        Assert.DoesNotContain(document.Diagnostics, d => d.Id == DiagnosticId.UnresolvedReference);
    }

    [CorpusFact]
    public void Has_every_operation_and_component()
    {
        var document = Document;

        Assert.Equal(SourceFormat.OpenApi, document.Format);
        Assert.Equal("默认模块", document.Title);
        Assert.Equal(144, document.Operations.Count);
        Assert.All(document.Operations, o => Assert.Equal("POST", o.Method));
        Assert.Equal(144, document.Operations.Select(o => o.Path).Distinct().Count());
        Assert.Equal(37, document.Schemas.Count);
        Assert.Contains(document.Schemas, s => s.Key == "number | string");
        Assert.Contains(document.Schemas, s => s.Key == "群荣誉信息");
    }

    [CorpusFact]
    public void A_response_refers_to_a_named_schema()
    {
        var operation = Document.Operations.Single(o => o.Path == "/get_group_info");

        var response = Assert.Single(operation.Responses);
        Assert.Equal((200, "application/json"), (response.StatusCode, response.MediaType));
        Assert.Equal("Group", response.Schema!.Properties.Single(p => p.JsonName == "data").Schema.Reference);
        Assert.Equal("number | string", operation.RequestBody!.Schema!.Properties.Single(p => p.JsonName == "group_id").Schema.Reference);
    }

    [CorpusFact]
    public void A_one_of_property_has_its_alternatives()
    {
        var message = Document.Schemas.Single(s => s.Key == "Message").Schema.Properties.Single(p => p.JsonName == "message").Schema;

        Assert.Equal(2, message.Alternatives.Count);
        Assert.False(message.AlternativesFromAnyOf);
        Assert.Equal("MessageData[]", message.Alternatives[0].Reference);
        Assert.Equal(SchemaType.String, message.Alternatives[1].Type);
    }

    [CorpusFact]
    public void The_first_tag_gives_the_folder()
    {
        var operation = Document.Operations.Single(o => o.Path == "/send_group_msg");

        Assert.Equal(new[] { "其他", "保留" }, operation.Folder);
        Assert.Equal("send_group_msg", operation.Summary);
        Assert.Equal("发送群消息", operation.Description);
    }
}
