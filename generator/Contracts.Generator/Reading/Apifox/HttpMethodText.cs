namespace Contracts.Generator.Reading.Apifox;

/// <summary>Apifox writes methods in lower case; the model wants them upper case and from the standard set.</summary>
internal static class HttpMethodText
{
    private static readonly string[] Known = { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE" };

    public const string Expected = "an HTTP method (get, post, put, patch, delete, head, options or trace)";

    public static bool TryNormalize(string text, out string method)
    {
        foreach (var candidate in Known)
        {
            if (string.Equals(candidate, text, System.StringComparison.OrdinalIgnoreCase))
            {
                method = candidate;
                return true;
            }
        }
        method = "";
        return false;
    }
}
