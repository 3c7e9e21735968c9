using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Json;

/// <summary>One "key": value pair; the key keeps its own span so messages can point at the name.</summary>
internal sealed class JsonMember
{
    public JsonMember(string name, SourceSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }
    public SourceSpan NameSpan { get; }
    public JsonNode Value { get; }
}
