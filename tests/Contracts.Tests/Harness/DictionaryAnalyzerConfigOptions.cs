using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Contracts.Tests.Harness;

/// <summary>Analyzer config options backed by a fixed dictionary, compared the way the compiler compares keys.</summary>
public sealed class DictionaryAnalyzerConfigOptions : AnalyzerConfigOptions
{
    public static readonly DictionaryAnalyzerConfigOptions Empty = new(ImmutableDictionary<string, string>.Empty);

    private readonly ImmutableDictionary<string, string> _values;

    public DictionaryAnalyzerConfigOptions(IEnumerable<KeyValuePair<string, string>> values)
        => _values = ImmutableDictionary.CreateRange(KeyComparer, values);

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

    public override IEnumerable<string> Keys => _values.Keys;
}
