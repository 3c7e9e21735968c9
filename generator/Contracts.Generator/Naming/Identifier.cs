using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Contracts.Generator.Naming;

/// <summary>Makes valid C# identifiers from arbitrary names from a schema.</summary>
internal static class Identifier
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        // Contextual keywords that break code when used as plain names in some positions.
        "var", "dynamic", "value", "await", "async", "nameof", "record", "required", "init", "scoped", "file", "field",
    };

    /// <summary>
    /// The longest name handed out. C# refuses identifiers over 512 characters, generated names are built from others
    /// (a nested object's type is its parent's name and its member's), constants add suffixes, and a type's name is part
    /// of its generated file's name, which file systems limit to 255 bytes.
    /// </summary>
    public const int MaxLength = 128;

    /// <summary>The name itself when it is short enough; else its start and a hash of the whole, so long names stay distinct.</summary>
    public static string Bounded(string name)
    {
        if (name.Length <= MaxLength) return name;
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in name) hash = (hash ^ c) * 16777619u;
        var keep = MaxLength - 9;
        if (char.IsHighSurrogate(name[keep - 1])) keep--;
        return name.Substring(0, keep) + "_" + hash.ToString("X8", CultureInfo.InvariantCulture);
    }

    /// <summary>PascalCase from words split at non-letters, digits and lower-to-upper changes; never empty, never starts with a digit.</summary>
    public static string ToPascalCase(string name, string fallback)
    {
        // Exports repeat the same member names thousands of times; a small per-thread memo spares the re-splitting.
        // Keyed by fallback, then name: reference-type keys share the JIT's code, where a tuple key would need its own.
        var byFallback = s_pascalMemo ??= new Dictionary<string, Dictionary<string, string>>(System.StringComparer.Ordinal);
        if (!byFallback.TryGetValue(fallback, out var memo)) byFallback[fallback] = memo = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (memo.TryGetValue(name, out var known)) return known;
        if (memo.Count >= MaxMemoEntries) memo.Clear();
        return memo[name] = ComputePascalCase(name, fallback);
    }

    private const int MaxMemoEntries = 4096;

    [System.ThreadStatic]
    private static Dictionary<string, Dictionary<string, string>>? s_pascalMemo;

    private static string ComputePascalCase(string name, string fallback)
    {
        var words = SplitWords(name);
        var text = new StringBuilder();
        foreach (var word in words)
        {
            text.Append(char.ToUpperInvariant(word[0]));
            text.Append(word, 1, word.Length - 1);
        }
        return Finish(text.ToString(), fallback);
    }

    /// <summary>camelCase, with '@' before keywords.</summary>
    public static string ToCamelCase(string name, string fallback)
    {
        var pascal = ToPascalCase(name, fallback);
        var camel = pascal.Length > 0 && pascal[0] != '_'
            ? char.ToLowerInvariant(pascal[0]) + pascal.Substring(1)
            : pascal;
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>True for a dotted namespace made of valid identifiers.</summary>
    public static bool IsValidNamespace(string value)
    {
        if (value.Length == 0) return false;
        foreach (var part in value.Split('.'))
        {
            if (part.Length == 0 || Keywords.Contains(part) || !IsIdentifierStart(part[0])) return false;
            foreach (var c in part)
            {
                if (!IsIdentifierPart(c)) return false;
            }
        }
        return true;
    }

    /// <summary>True for a plain identifier (no '@').</summary>
    public static bool IsValid(string value) => IsValidNamespace(value) && value.IndexOf('.') < 0;

    private static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!IsIdentifierPart(c) || c == '_')
            {
                Flush(word, words);
                continue;
            }
            // Split "numOutputs" and "HTTPServer" style boundaries, but keep runs of capitals together.
            if (word.Length > 0 && char.IsUpper(c))
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    Flush(word, words);
                }
            }
            word.Append(c);
        }
        Flush(word, words);
        return words;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }

    private static string Finish(string candidate, string fallback)
    {
        if (candidate.Length == 0) return fallback;
        return IsIdentifierStart(candidate[0]) ? candidate : "_" + candidate;
    }

    private static bool IsIdentifierStart(char c)
        => c == '_' || IsLetter(CharUnicodeInfo.GetUnicodeCategory(c));

    private static bool IsIdentifierPart(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return IsLetter(category)
            || category == UnicodeCategory.DecimalDigitNumber
            || category == UnicodeCategory.ConnectorPunctuation
            || category == UnicodeCategory.NonSpacingMark
            || category == UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsLetter(UnicodeCategory category)
        => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}
