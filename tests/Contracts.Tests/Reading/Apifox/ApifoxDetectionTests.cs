using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Xunit;

namespace Contracts.Tests.Reading.Apifox;

public sealed class ApifoxDetectionTests
{
    [Theory]
    [InlineData("{\"apifoxProject\": \"1.0.0\"}", "ApifoxProject")]
    [InlineData("\uFEFF \n {\"$schema\": {\"app\": \"apifox\"}, \"apifoxProject\": \"1.0.0\", \"apiCollection\": []}", "ApifoxProject")]
    [InlineData("{\"apifoxProject\": \"1.0.0\", \"apiCollection\": [", "ApifoxProject")]
    [InlineData("[{\"method\": \"get\", \"path\": \"/a\", \"responses\": []}]", "ApifoxEndpoints")]
    [InlineData("[ {\"id\": 1, \"requestBody\": {\"method\": 1}, \"path\": \"/a\", \"method\": \"get\"}, {", "ApifoxEndpoints")]
    [InlineData("[{\"parameters\": {}, \"method\": \"post\", \"path\": \"/a\"}]", "ApifoxEndpoints")]
    public void Recognises_apifox_json_by_its_start(string text, string format)
    {
        Assert.Equal(format, SourceFormatDetector.Detect(text).ToString());
    }

    [Theory]
    [InlineData("{\"name\": \"x\"}")]
    [InlineData("{\"info\": {\"apifoxProject\": \"1.0.0\"}}")]
    [InlineData("\"apifoxProject\"")]
    [InlineData("[]")]
    [InlineData("[1, {\"method\": \"get\", \"path\": \"/a\", \"responses\": []}]")]
    [InlineData("[[{\"method\": \"get\", \"path\": \"/a\", \"responses\": []}]]")]
    [InlineData("[{\"method\": \"get\", \"path\": \"/a\"}]")]
    [InlineData("[{\"method\": \"get\", \"body\": {\"path\": \"/a\", \"responses\": []}}]")]
    [InlineData("[{\"name\": \"日志功能\", \"key\": \"apiDetailFolder.1\", \"type\": \"apiDetailFolder\", \"children\": []}]")]
    [InlineData("{\"method\": \"get\", \"path\": \"/a\", \"responses\": []}")]
    [InlineData("{apifoxProject: 1}")]
    public void Other_json_is_ignored(string text)
    {
        Assert.Null(ApiDocumentReader.Read("x.json", text, default));
    }

    [Fact]
    public void Only_the_start_of_a_file_is_looked_at()
    {
        var late = "{\"x\": \"" + new string('a', 20_000) + "\", \"apifoxProject\": \"1.0.0\"}";
        var big = "[{\"blob\": \"" + new string('a', 5_000_000) + "\", \"method\": \"get\", \"path\": \"/a\", \"responses\": []}]";

        Assert.Equal(SourceFormat.Unknown, SourceFormatDetector.Detect(late));
        Assert.Null(ApiDocumentReader.Read("big.json", big, default));
    }
}
