namespace Contracts.Generator.Reading;

/// <summary>RFC 6901 pointers into instances ("" is the root; shown as "/" in messages).</summary>
internal static class JsonPointer
{
    /// <summary>Stands for "every item" of an array or "every extra member" of a map.</summary>
    public const string AnyItem = "*";

    public static string Append(string pointer, string token) => pointer + "/" + token.Replace("~", "~0").Replace("/", "~1");

    public static string Display(string pointer) => pointer.Length == 0 ? "/" : pointer;
}
