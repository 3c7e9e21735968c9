namespace Contracts.Generator.Reading.OpenApi;

/// <summary>Reads a responses-map key: "200", "default" (status 0) or a range such as "2XX".</summary>
internal static class StatusCodeKey
{
    public const int Default = 0;

    /// <param name="isRange">True for "1XX"…"5XX"; the code is then the range's low end (2XX → 200), the closest single status.</param>
    public static bool TryParse(string key, out int code, out bool isRange)
    {
        code = 0;
        isRange = false;
        if (key == "default") return true;
        if (key.Length != 3 || key[0] < '1' || key[0] > '5') return false;
        var hundreds = (key[0] - '0') * 100;
        if (IsX(key[1]) && IsX(key[2]))
        {
            code = hundreds;
            isRange = true;
            return true;
        }
        if (!IsDigit(key[1]) || !IsDigit(key[2])) return false;
        code = hundreds + (key[1] - '0') * 10 + (key[2] - '0');
        return true;
    }

    private static bool IsX(char c) => c == 'X' || c == 'x';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
