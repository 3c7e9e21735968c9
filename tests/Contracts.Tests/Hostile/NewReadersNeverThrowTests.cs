using System.Linq;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Tests.Reading.Swagger;
using Xunit;

namespace Contracts.Tests.Hostile;

/// <summary>
/// The Swagger 2.0 and Markdown readers on every cut and every one-character deletion of a document that uses all they
/// read: they never throw, and every finding has a place in the file.
/// </summary>
public sealed class NewReadersNeverThrowTests
{
    public static TheoryData<string, string> Documents() => new()
    {
        { SwaggerFixtures.FilePath, SwaggerFixtures.Shop },
        { Reading.Markdown.MarkdownFixtures.FilePath, Reading.Markdown.MarkdownFixtures.Shop },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Cut_and_damaged_documents_are_read_without_throwing(string path, string text)
    {
        var lines = text.Split('\n').Length;
        for (var at = 0; at < text.Length; at += 3)
        {
            foreach (var damaged in new[] { text.Substring(0, at), text.Remove(at, 1), text.Insert(at, "\"") })
            {
                var document = ApiDocumentReader.Read(path, damaged, default);
                if (document is null) continue;
                Assert.All(document.Diagnostics, d => Assert.InRange(d.Span.StartLine, 0, lines));
            }
        }
    }

    [Fact]
    public void Hostile_markdown_nesting_is_bounded_and_reported()
    {
        var rows = new System.Text.StringBuilder();
        for (var depth = 1; depth <= 2_000; depth++) rows.Append("|" + new string('\u00BB', depth) + " f" + depth + "|object|true|none||none|\n");
        var cell = new string('[', 50_000) + "object" + new string(']', 50_000);
        var text = Reading.Markdown.MarkdownFixtures.FrontMatter + "# A\n\n## GET 深\n\nGET /a\n\n### 返回结果\n\n|状态码|状态码含义|说明|数据模型|\n|---|---|---|---|\n|200|OK|none|Inline|\n\n"
            + "### 返回数据结构\n\n|名称|类型|必选|约束|中文名|说明|\n|---|---|---|---|---|---|\n" + rows + "|» wide|" + cell + "|true|none||none|\n";

        var document = ApiDocumentReader.Read("deep.md", text, default)!;

        Assert.Single(document.Operations);
        Assert.Contains(document.Diagnostics, d => d.Id.Code == "CTR1005");
        var run = Harness.GeneratorHarness.Run(new[] { new Harness.SchemaInput("/repo/deep.md", text) });
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "CTR1002");
    }
}
