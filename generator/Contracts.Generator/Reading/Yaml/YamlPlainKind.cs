namespace Contracts.Generator.Reading.Yaml;

/// <summary>What the core schema makes of a plain scalar.</summary>
internal enum YamlPlainKind
{
    String,
    Null,
    True,
    False,
    Number,
}
