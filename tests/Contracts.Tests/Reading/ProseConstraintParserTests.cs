using System.Linq;
using Contracts.Generator.Reading;
using Xunit;

namespace Contracts.Tests.Reading;

public sealed class ProseConstraintParserTests
{
    [Theory]
    // description, default, minimum, maximum, allowed values ("|"-joined)
    [InlineData("输出图像数量。输出数量过多可能会导致内存不足。默认值:1。最小值:1,最大值:8。", "1", "1", "8", null)]
    [InlineData("无分类器引导尺度。默认值:7.5。最小值:1,最大值:20。", "7.5", "1", "20", null)]
    [InlineData("提供图像时提示强度。1.0 对应于完全销毁初始图像中的信息。默认值:0.8。", "0.8", null, null, null)]
    [InlineData("去噪步骤数。默认值:25。最小值:1,最大值:500。", "25", "1", "500", null)]
    [InlineData("数量。默认值：3，最小值：0，最大值：10。", "3", "0", "10", null)]
    [InlineData("数量。默认值 3；最小值 -5；最大值 +10", "3", "-5", "10", null)]
    [InlineData("默认值为auto", "auto", null, null, null)]
    [InlineData("风格。可选值:vivid、natural。默认值:vivid", "vivid", null, null, "vivid|natural")]
    [InlineData("格式,可选值：png，jpg，webp", null, null, null, "png|jpg|webp")]
    [InlineData("尺寸。可选值: 256x256/512x512/1024x1024", null, null, null, "256x256|512x512|1024x1024")]
    [InlineData("媒体类型。可选值:image/png, image/jpeg", null, null, null, "image/png|image/jpeg")]
    [InlineData("质量。可选值:hd或standard", null, null, null, "hd|standard")]
    [InlineData("Number of images. Default: 1. Minimum: 1, Maximum: 8.", "1", "1", "8", null)]
    [InlineData("Scale. Defaults to 7.5.", "7.5", null, null, null)]
    [InlineData("DEFAULT: 4; MIN: 1; MAX: 10", "4", "1", "10", null)]
    [InlineData("Steps (min 1, max 500)", null, "1", "500", null)]
    [InlineData("The default is 0.5", "0.5", null, null, null)]
    [InlineData("Default: \"auto, please\"", "auto, please", null, null, null)]
    [InlineData("Allowed values: low, medium, high.", null, null, null, "low|medium|high")]
    [InlineData("Possible values: \"a\" | \"b\"", null, null, null, "a|b")]
    [InlineData("One of small, medium or large.", null, null, null, "small|medium|large")]
    [InlineData("范围:1-8", null, "1", "8", null)]
    [InlineData("取值范围：0.5~2.5。", null, "0.5", "2.5", null)]
    [InlineData("Range: 1 to 8.", null, "1", "8", null)]
    [InlineData("A value between -1 and 1.", null, "-1", "1", null)]
    [InlineData("范围:1-8。最小值:2", null, "2", "8", null)]
    public void Finds_what_the_prose_states(string description, string? @default, string? minimum, string? maximum, string? allowed)
    {
        var prose = ProseConstraintParser.Parse(description);

        Assert.Equal(@default, prose.Default?.Text);
        Assert.Equal(minimum, prose.Minimum?.Text);
        Assert.Equal(maximum, prose.Maximum?.Text);
        Assert.Equal(allowed, prose.AllowedValues.IsEmpty ? null : string.Join("|", prose.AllowedValues.Select(v => v.Text)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("输入提示。")]
    [InlineData("Use default settings unless you know better.")]
    [InlineData("By default, the model is chosen for you.")]
    [InlineData("单个文件最大 5MB")]
    [InlineData("最大值:5MB")]
    [InlineData("Runs for 10 min at most.")]
    [InlineData("minimal-length hint; maximize throughput")]
    [InlineData("默认值:")]
    [InlineData("Default")]
    public void Finds_nothing_where_nothing_is_stated(string? description)
    {
        Assert.True(ProseConstraintParser.Parse(description).IsEmpty);
    }

    [Fact]
    public void Reports_where_each_value_was_found()
    {
        const string text = "输出图像数量。默认值:1。最小值:1,最大值:8。";

        var prose = ProseConstraintParser.Parse(text);

        Assert.Equal(text.IndexOf("1。", System.StringComparison.Ordinal), prose.Default!.Start);
        Assert.Equal(1, prose.Default.Length);
        Assert.Equal(text.IndexOf("8", System.StringComparison.Ordinal), prose.Maximum!.Start);
    }

    [Fact]
    public void Hostile_text_states_nothing_and_does_not_throw()
    {
        // Linear time is the benchmarks' business; here the labels without values must yield no facts.
        var hostile = string.Concat(Enumerable.Repeat("默认值:可选值:min max 1.1.1.,,,", 20_000));

        var prose = ProseConstraintParser.Parse(hostile);

        Assert.Null(prose.Minimum);
        Assert.Null(prose.Maximum);
    }
}
