using System.Linq;
using Contracts.Generator.Naming;
using Xunit;

namespace Contracts.Tests.Naming;

/// <summary>One reading of path templates for the generator's method parameters and the diff's operation matching.</summary>
public sealed class PathTemplateTests
{
    [Theory]
    [InlineData("/pets/{id}", "[id]", "id", "/pets/{}")]
    [InlineData("/a/{x}/b/{y}/c/{x}", "[x][y][x]", "x,y", "/a/{}/b/{}/c/{}")]
    [InlineData("/empty/{}", "[]", "", "/empty/{}")]
    [InlineData("/files/{name}.{ext}", "[name][ext]", "name,ext", "/files/{}.{}")]
    [InlineData("/open/{unclosed", "", "", "/open/{unclosed")]
    [InlineData("/plain", "", "", "/plain")]
    public void Placeholders_names_and_the_normalised_path(string path, string placeholders, string names, string normalised)
    {
        Assert.Equal(placeholders, string.Concat(PathTemplate.Placeholders(path).Select(p => "[" + p + "]")));
        Assert.Equal(names, string.Join(",", PathTemplate.Names(path)));
        Assert.Equal(normalised, PathTemplate.Normalise(path));
    }

    [Theory]
    [InlineData("/pets/{id}", "'/pets/' [id]")]
    [InlineData("/files/{name}.{ext}", "'/files/' [name] '.' [ext]")]
    [InlineData("{scheme}://{host}/v1", "[scheme] '://' [host] '/v1'")]
    [InlineData("/open/{unclosed", "'/open/{unclosed'")]
    [InlineData("/empty/{}/x", "'/empty/' [] '/x'")]
    [InlineData("", "")]
    public void Segments_cut_the_template_into_text_and_placeholders(string path, string segments)
        => Assert.Equal(segments, string.Join(" ", PathTemplate.Segments(path).Select(s => s.IsPlaceholder ? "[" + s.Text + "]" : "'" + s.Text + "'")));
}
