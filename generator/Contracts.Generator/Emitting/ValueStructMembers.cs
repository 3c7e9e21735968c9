using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// The members every generated value struct (enums, unions) shares: equality, hashing and text over one string view of
/// the value, == and !=, and the nested JsonConverter with the given read and write expressions.
/// </summary>
internal static class ValueStructMembers
{
    /// <param name="text">An expression giving the value as text (never null).</param>
    /// <param name="read">An expression building the struct from <c>reader</c>.</param>
    /// <param name="write">A statement writing <c>value</c> to <c>writer</c>, without the semicolon.</param>
    public static void Emit(SourceWriter writer, string name, string text, string converterSummary, string read, string write)
    {
        // Equality over the text, one line each: their meaning is the interface's and the operator's, so no doc repeats it.
        writer.Line($"public bool Equals({name} other) => string.Equals({text}, other.{text}, _Sys.StringComparison.Ordinal);");
        writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.Line($"public override int GetHashCode() => _Sys.StringComparer.Ordinal.GetHashCode({text});");
        writer.Line($"public override string ToString() => {text};");
        writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.Line();
        writer.Line($"/// <summary>{converterSummary}</summary>");
        writer.Line("[_Sys.ComponentModel.EditorBrowsable(_Sys.ComponentModel.EditorBrowsableState.Never)]");
        writer.OpenBrace($"public sealed class JsonConverter : _Json.Serialization.JsonConverter<{name}>");
        writer.Line("/// <summary>The shared instance.</summary>");
        writer.Line("public static JsonConverter Instance { get; } = new JsonConverter();");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public override {name} Read(ref _Json.Utf8JsonReader reader, _Sys.Type typeToConvert, _Json.JsonSerializerOptions options) => {read};");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public override void Write(_Json.Utf8JsonWriter writer, {name} value, _Json.JsonSerializerOptions options) => {write};");
        writer.CloseBrace();
    }
}
