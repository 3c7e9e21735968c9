using Contracts.Generator.Model;

namespace Contracts.Generator.Reading;

/// <summary>JSON Schema type names to and from <see cref="SchemaType"/>.</summary>
internal static class SchemaTypeText
{
    /// <summary>Reads "string", "integer"…; "null" is not a type here (callers treat it as nullability).</summary>
    public static bool TryParse(string text, out SchemaType type)
    {
        switch (text)
        {
            case "string": type = SchemaType.String; return true;
            case "integer": type = SchemaType.Integer; return true;
            case "number": type = SchemaType.Number; return true;
            case "boolean": type = SchemaType.Boolean; return true;
            case "array": type = SchemaType.Array; return true;
            case "object": type = SchemaType.Object; return true;
            default: type = SchemaType.Any; return false;
        }
    }

    public static string ToText(SchemaType type) => type switch
    {
        SchemaType.Boolean => "boolean",
        SchemaType.Integer => "integer",
        SchemaType.Number => "number",
        SchemaType.String => "string",
        SchemaType.Array => "array",
        SchemaType.Object => "object",
        _ => "any",
    };

    /// <summary>"integer or string".</summary>
    public static string ToText(SchemaTypeSet types) => string.Join(" or ", SchemaTypeSets.Members(types).ConvertAll(ToText));
}
