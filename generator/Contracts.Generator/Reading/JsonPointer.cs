namespace Contracts.Generator.Reading;

/// <summary>
/// RFC 6901 pointers ("" is the root; shown as "/" in messages). The one place tokens are escaped and unescaped, for
/// the readers, the planner and <c>contracts diff</c>.
/// </summary>
internal static class JsonPointer
{
    /// <summary>Stands for "every item" of an array or "every extra member" of a map.</summary>
    public const string AnyItem = "*";

    public static string Append(string pointer, string token) => pointer + "/" + EscapeToken(token);

    /// <summary>A member name as a reference token: "~" as "~0", then "/" as "~1".</summary>
    public static string EscapeToken(string name)
        => name.IndexOf('~') < 0 && name.IndexOf('/') < 0 ? name : name.Replace("~", "~0").Replace("/", "~1");

    /// <summary>A reference token as the member name it stands for: "~1" as "/" first, then "~0" as "~", so "~01" is "~1".</summary>
    public static string UnescapeToken(string token)
        => token.IndexOf('~') < 0 ? token : token.Replace("~1", "/").Replace("~0", "~");

    public static string Display(string pointer) => pointer.Length == 0 ? "/" : pointer;
}
