using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Contracts;

/// <summary>
/// System.Text.Json's converters for reference types are typed for null (<c>JsonConverter&lt;string?&gt;</c>); generated lists and
/// maps of non-null items need them typed without it. Same instances, different static type.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class NonNullConverters
{
    /// <summary>Strings.</summary>
    public static JsonConverter<string> String { get; } = (JsonConverter<string>)(object)JsonMetadataServices.StringConverter;

    /// <summary>Base64 byte arrays.</summary>
    public static JsonConverter<byte[]> Bytes { get; } = (JsonConverter<byte[]>)(object)JsonMetadataServices.ByteArrayConverter;
}
