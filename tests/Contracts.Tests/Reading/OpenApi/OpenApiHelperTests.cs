using System.Linq;
using Contracts.Generator.Reading.Json;
using Contracts.Generator.Reading.OpenApi;
using Xunit;

namespace Contracts.Tests.Reading.OpenApi;

/// <summary>The small pieces: component references, folder paths, status keys, media type choice.</summary>
public sealed class OpenApiHelperTests
{
    [Theory]
    [InlineData("#/components/schemas/%E6%B5%8B%E7%82%B9%E4%BF%A1%E6%81%AF", "schemas", "测点信息")]
    [InlineData("#/components/schemas/a~1b~0c", "schemas", "a/b~c")]
    [InlineData("#/components/schemas/%7E1", "schemas", "/")]
    [InlineData("#/components/schemas/100%", "schemas", "100%")]
    [InlineData("#/components/schemas/%zz", "schemas", "%zz")]
    [InlineData("#/components/parameters/Id", "parameters", "Id")]
    [InlineData("#/components/parameters/Id", "schemas", null)]
    [InlineData("#/components/schemas/A/properties/b", "schemas", null)]
    [InlineData("#/components/schemas/", "schemas", null)]
    [InlineData("#/components/schemasX/A", "schemas", null)]
    [InlineData("#/definitions/A", "schemas", null)]
    [InlineData("a.json#/components/schemas/A", "schemas", null)]
    public void Component_references_decode_to_names(string reference, string section, string? name)
    {
        Assert.Equal(name, ComponentReference.NameIn(reference, section));
    }

    [Theory]
    [InlineData("a/b", new[] { "a", "b" })]
    [InlineData(" a / b /", new[] { "a", "b" })]
    [InlineData("a\\/b", new[] { "a/b" })]
    [InlineData("a\\\\/b", new[] { "a\\", "b" })]
    [InlineData("a\\b", new[] { "a\\b" })]
    [InlineData("//", new string[0])]
    public void Folder_paths_split_on_unescaped_slashes(string folder, string[] levels)
    {
        Assert.Equal(levels, FolderPath.Split(folder));
    }

    [Theory]
    [InlineData("200", 200, false)]
    [InlineData("599", 599, false)]
    [InlineData("default", 0, false)]
    [InlineData("2XX", 200, true)]
    [InlineData("4xx", 400, true)]
    public void Status_keys_parse(string key, int code, bool isRange)
    {
        Assert.True(StatusCodeKey.TryParse(key, out var parsed, out var range));
        Assert.Equal((code, isRange), (parsed, range));
    }

    [Theory]
    [InlineData("")]
    [InlineData("20")]
    [InlineData("600")]
    [InlineData("2X0")]
    [InlineData("Default")]
    public void Bad_status_keys_do_not_parse(string key)
    {
        Assert.False(StatusCodeKey.TryParse(key, out _, out _));
    }

    [Theory]
    [InlineData("text/html,text/plain", "text/plain")]
    [InlineData("text/html,application/xml", "text/html")]
    [InlineData("application/x-www-form-urlencoded,multipart/form-data", "multipart/form-data")]
    [InlineData("multipart/form-data,application/vnd.api+json", "application/vnd.api+json")]
    [InlineData("application/vnd.api+json,*/*", "*/*")]
    [InlineData("*/*,Application/JSON", "Application/JSON")]
    public void Media_types_are_chosen_json_first(string mediaTypes, string chosen)
    {
        var json = "{" + string.Join(",", mediaTypes.Split(',').Select(m => "\"" + m + "\": {}")) + "}";
        var content = (JsonObjectNode)LocatedJsonParser.Parse(json).Root!;

        Assert.Equal(chosen, MediaTypePreference.Choose(content)!.Name);
    }

    [Fact]
    public void Duplicate_members_keep_the_last()
    {
        var obj = (JsonObjectNode)LocatedJsonParser.Parse("{\"a\": 1, \"b\": 2, \"a\": 3}").Root!;

        Assert.Equal(new[] { "b:2", "a:3" }, DistinctMembers.Of(obj).Select(m => m.Name + ":" + ((JsonNumberNode)m.Value).Literal));
    }
}
