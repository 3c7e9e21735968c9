using Contracts.Generator.Model;

namespace Contracts.Generator.Reading;

/// <summary>The "type" of an Apifox parameter row (no schema object there) as a schema.</summary>
internal static class ApifoxParameterTypes
{
    /// <summary>Missing or unknown types read as string: that is what Apifox sends them as.</summary>
    public static Schema ToSchema(string? type, SourceSpan span)
    {
        if (type == "file") return new Schema { Type = SchemaType.String, Format = "binary", Span = span };
        return new Schema { Type = type is not null && SchemaTypeText.TryParse(type, out var parsed) ? parsed : SchemaType.String, Span = span };
    }
}
