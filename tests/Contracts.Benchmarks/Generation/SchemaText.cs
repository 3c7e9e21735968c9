using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Contracts.Benchmarks.Generation;

/// <summary>An AdditionalFiles item in memory, with the namespace MSBuild would pass as item metadata.</summary>
public sealed class SchemaText : AdditionalText
{
    private readonly SourceText _text;

    public SchemaText(string path, string text, string ns)
    {
        Path = path;
        Namespace = ns;
        // One instance, as the compiler keeps for its own files.
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public string Namespace { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
