using System.Globalization;
using System.Linq;
using System.Text;
using Xunit;
using static Contracts.Tests.Reading.OpenApi.OpenApiFixtures;

namespace Contracts.Tests.Reading.OpenApi;

/// <summary>A big document reads completely and correctly (time is deliberately not asserted).</summary>
public sealed class OpenApiLargeDocumentTests
{
    private const int PathCount = 3000;

    [Fact]
    public void Reads_three_thousand_paths_sharing_components()
    {
        var paths = new StringBuilder("{");
        var schemas = new StringBuilder("{");
        for (var i = 0; i < PathCount; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            if (i > 0)
            {
                paths.Append(',');
                schemas.Append(',');
            }
            paths.Append("\"/items").Append(n).Append("/{id}\": {\"parameters\": [{\"$ref\": \"#/components/parameters/Id\"}], ")
                .Append("\"get\": {\"operationId\": \"get").Append(n).Append("\", \"tags\": [\"f").Append(n).Append("\"], \"responses\": {\"200\": {\"description\": \"\", ")
                .Append("\"content\": {\"application/json\": {\"schema\": {\"$ref\": \"#/components/schemas/Item").Append(n).Append("\"}, \"example\": {\"n\": ").Append(n).Append("}}}}}}, ")
                .Append("\"delete\": {\"responses\": {\"204\": {\"$ref\": \"#/components/responses/Empty\"}}}}");
            schemas.Append("\"Item").Append(n).Append("\": {\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\"}, \"next\": {\"$ref\": \"#/components/schemas/Item")
                .Append(((i + 1) % PathCount).ToString(CultureInfo.InvariantCulture)).Append("\"}}}");
        }
        paths.Append('}');
        schemas.Append('}');
        var components = "{\"schemas\": " + schemas + ", \"parameters\": {\"Id\": {\"name\": \"id\", \"in\": \"path\", \"schema\": {\"type\": \"string\"}}}, "
            + "\"responses\": {\"Empty\": {\"description\": \"gone\"}}}";

        var document = Read(Document(paths.ToString(), components));

        Assert.Empty(document.Diagnostics);
        Assert.Equal(2 * PathCount, document.Operations.Count);
        Assert.Equal(PathCount, document.Schemas.Count);
        var last = document.Operations[2 * PathCount - 2];
        Assert.Equal(("GET", "/items2999/{id}", "get2999", "f2999"), (last.Method, last.Path, last.OperationId, last.Folder.Single()));
        Assert.Equal("Item2999", last.Responses[0].Schema!.Reference);
        Assert.Equal("{\"n\":2999}", last.Responses[0].Examples[0].Json);
        Assert.Equal("id", Assert.Single(last.Parameters).Name);
        Assert.Equal((204, "gone"), (document.Operations[^1].Responses[0].StatusCode, document.Operations[^1].Responses[0].Description));
        Assert.Equal("Item0", document.Schemas[^1].Schema.Properties[1].Schema.Reference);
    }
}
