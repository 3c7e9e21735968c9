namespace Contracts.Generator.Reading.Yaml;

internal enum YamlProblemKind
{
    /// <summary>Not YAML at all (CTR1020).</summary>
    Syntax,
    /// <summary>Valid YAML that has no JSON reading: several documents, a collection as a key, an alias bomb (CTR1021).</summary>
    NotJson,
    /// <summary>Nesting past the JSON reader's limit, aliases expanded (CTR1005).</summary>
    TooDeep,
}
