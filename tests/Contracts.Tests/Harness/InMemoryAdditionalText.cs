using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Contracts.Tests.Harness;

/// <summary>An AdditionalFile held in memory; it carries its own item metadata so one options provider serves every run.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(SchemaInput input)
    {
        Input = input;
        // Created once so repeated GetText calls return the same instance, as the compiler's own files do.
        _text = SourceText.From(input.Text, Encoding.UTF8);
    }

    public SchemaInput Input { get; }

    public override string Path => Input.Path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
