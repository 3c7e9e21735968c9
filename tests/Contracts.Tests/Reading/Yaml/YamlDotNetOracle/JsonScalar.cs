namespace Contracts.Tests.Reading.Yaml.YamlDotNetOracle;

/// <summary>What a YAML scalar is in JSON.</summary>
internal enum JsonScalarKind
{
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON scalar: its kind and text (the string's value, or a number literal already in JSON syntax).</summary>
internal readonly record struct JsonScalar(JsonScalarKind Kind, string Text)
{
    public static JsonScalar String(string text) => new(JsonScalarKind.String, text);
}
