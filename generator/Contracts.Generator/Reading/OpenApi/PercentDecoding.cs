using System.Collections.Generic;
using System.Text;

namespace Contracts.Generator.Reading.OpenApi;

/// <summary>Decodes %XX escapes as UTF-8 (Apifox percent-encodes Chinese component names in "$ref"); a broken escape stays as written.</summary>
internal static class PercentDecoding
{
    public static string Decode(string text)
    {
        if (text.IndexOf('%') < 0) return text;
        var result = new StringBuilder(text.Length);
        var pending = new List<byte>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '%' && i + 2 < text.Length && TryHex(text[i + 1], out var high) && TryHex(text[i + 2], out var low))
            {
                pending.Add((byte)(high * 16 + low));
                i += 3;
                continue;
            }
            Flush(result, pending);
            result.Append(text[i]);
            i++;
        }
        Flush(result, pending);
        return result.ToString();
    }

    // Consecutive escapes are decoded together, so multi-byte characters come out whole.
    private static void Flush(StringBuilder result, List<byte> pending)
    {
        if (pending.Count == 0) return;
        result.Append(Encoding.UTF8.GetString(pending.ToArray()));
        pending.Clear();
    }

    private static bool TryHex(char c, out int value)
    {
        if (c >= '0' && c <= '9') value = c - '0';
        else if (c >= 'a' && c <= 'f') value = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') value = c - 'A' + 10;
        else value = -1;
        return value >= 0;
    }
}
