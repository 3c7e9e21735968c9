using System;
using System.Collections.Generic;
using Contracts.Generator.Helpers;

namespace Contracts.Generator.Reading;

/// <summary>
/// Finds defaults, limits and allowed values stated in a description ("默认值:1。最小值:1,最大值:8。", "Defaults to 7.5.").
/// Hand-written scanning, linear in practice, so hostile text cannot make it backtrack. Never throws.
/// </summary>
internal static class ProseConstraintParser
{
    private enum LabelKind
    {
        Default,
        Minimum,
        Maximum,
        Allowed,
        Range,
        Between,
    }

    /// <summary>How firmly a label was tied to its value, which decides what counts as a value.</summary>
    private enum Tie
    {
        /// <summary>Only whitespace: a CJK label takes one token; an English one only a number, true/false/null or a quoted text.</summary>
        Weak,
        /// <summary>"defaults to", "is", "为": one token.</summary>
        Phrase,
        /// <summary>A colon: anything up to the end of the clause.</summary>
        Colon,
    }

    private sealed class Label
    {
        public Label(string text, LabelKind kind)
        {
            Text = text;
            Kind = kind;
            IsEnglish = text[0] < 0x80;
        }

        public string Text { get; }
        public LabelKind Kind { get; }
        public bool IsEnglish { get; }
    }

    // Longest first, so "minimum" wins over "min" and "取值范围" over "范围".
    private static readonly Label[] Labels = SortedLabels(
        new Label("默认值", LabelKind.Default),
        new Label("默认为", LabelKind.Default),
        new Label("defaults to", LabelKind.Default),
        new Label("default value", LabelKind.Default),
        new Label("default", LabelKind.Default),
        new Label("最小值", LabelKind.Minimum),
        new Label("minimum", LabelKind.Minimum),
        new Label("min", LabelKind.Minimum),
        new Label("最大值", LabelKind.Maximum),
        new Label("maximum", LabelKind.Maximum),
        new Label("max", LabelKind.Maximum),
        new Label("可选值", LabelKind.Allowed),
        new Label("allowed values", LabelKind.Allowed),
        new Label("possible values", LabelKind.Allowed),
        new Label("one of", LabelKind.Allowed),
        new Label("取值范围", LabelKind.Range),
        new Label("范围", LabelKind.Range),
        new Label("range", LabelKind.Range),
        new Label("between", LabelKind.Between));

    private const int MaxQuotedLength = 200;

    public static ProseConstraints Parse(string? description)
    {
        if (description is null || description.Length == 0) return ProseConstraints.None;
        var text = description;
        ProseMatch? @default = null, minimum = null, maximum = null, rangeMinimum = null, rangeMaximum = null;
        List<ProseMatch>? allowed = null;

        var i = 0;
        while (i < text.Length)
        {
            if (!TryMatchLabel(text, i, out var label))
            {
                i++;
                continue;
            }
            var afterLabel = i + label.Text.Length;
            var next = afterLabel;
            if (TrySkipSeparators(text, afterLabel, label, out var valueStart, out var tie))
            {
                switch (label.Kind)
                {
                    case LabelKind.Default:
                        if (TryReadValue(text, valueStart, tie, label.IsEnglish, out var value, out next)) @default ??= value;
                        break;
                    case LabelKind.Minimum:
                        if (TryReadValue(text, valueStart, tie, label.IsEnglish, out var low, out next) && Number(low) is { } min) minimum ??= min;
                        break;
                    case LabelKind.Maximum:
                        if (TryReadValue(text, valueStart, tie, label.IsEnglish, out var high, out next) && Number(high) is { } max) maximum ??= max;
                        break;
                    case LabelKind.Allowed:
                        if (TryReadList(text, valueStart, tie, out var values, out next) && allowed is null) allowed = values;
                        break;
                    case LabelKind.Range:
                    case LabelKind.Between:
                        if (TryReadRange(text, valueStart, label.Kind == LabelKind.Between, out var from, out var to, out next))
                        {
                            rangeMinimum ??= from;
                            rangeMaximum ??= to;
                        }
                        break;
                }
            }
            i = Math.Max(next, afterLabel);
        }

        // An explicit "最小值" beats a range stated elsewhere.
        minimum ??= rangeMinimum;
        maximum ??= rangeMaximum;
        if (@default is null && minimum is null && maximum is null && allowed is null) return ProseConstraints.None;
        return new ProseConstraints
        {
            Default = @default,
            Minimum = minimum,
            Maximum = maximum,
            AllowedValues = allowed is null ? EquatableArray<ProseMatch>.Empty : new EquatableArray<ProseMatch>(allowed),
        };
    }

    private static bool TryMatchLabel(string text, int at, out Label label)
    {
        foreach (var candidate in Labels)
        {
            if (!candidate.IsEnglish)
            {
                if (string.CompareOrdinal(text, at, candidate.Text, 0, candidate.Text.Length) == 0)
                {
                    label = candidate;
                    return true;
                }
                continue;
            }
            var end = at + candidate.Text.Length;
            if (end > text.Length) continue;
            if (at > 0 && IsAsciiLetterOrDigit(text[at - 1])) continue;
            if (end < text.Length && IsAsciiLetterOrDigit(text[end])) continue;
            if (string.Compare(text, at, candidate.Text, 0, candidate.Text.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                label = candidate;
                return true;
            }
        }
        label = null!;
        return false;
    }

    /// <summary>Skips what joins a label to its value: whitespace, ':' '：' '=', "is", "为"/"是".</summary>
    private static bool TrySkipSeparators(string text, int at, Label label, out int valueStart, out Tie tie)
    {
        var i = SkipSpaces(text, at);
        var sawSpace = i > at;
        tie = label.Text.Equals("defaults to", StringComparison.Ordinal) ? Tie.Phrase : Tie.Weak;
        if (!label.IsEnglish && i < text.Length && (text[i] == '为' || text[i] == '是'))
        {
            tie = Tie.Phrase;
            i = SkipSpaces(text, i + 1);
        }
        else if (label.IsEnglish && i + 2 < text.Length && (text[i] == 'i' || text[i] == 'I') && (text[i + 1] == 's' || text[i + 1] == 'S') && IsSpace(text[i + 2]))
        {
            tie = Tie.Phrase;
            i = SkipSpaces(text, i + 2);
        }
        if (i < text.Length && (text[i] == ':' || text[i] == '：' || text[i] == '='))
        {
            tie = Tie.Colon;
            i = SkipSpaces(text, i + 1);
        }
        valueStart = i;
        // "Min-1" or "default," are not a label with a value.
        return i < text.Length && (!label.IsEnglish || tie != Tie.Weak || sawSpace);
    }

    private static bool TryReadValue(string text, int start, Tie tie, bool englishLabel, out ProseMatch value, out int next)
    {
        value = null!;
        next = start;
        if (TryReadQuoted(text, start, out value, out next)) return true;

        var end = start;
        while (end < text.Length && !IsValueEnd(text, end, start, list: false)) end++;
        next = end;
        while (end > start && IsSpace(text[end - 1])) end--;
        if (end == start) return false;
        var raw = text.Substring(start, end - start);
        if (tie != Tie.Colon && ContainsSpace(raw)) return false;
        if (tie == Tie.Weak && englishLabel && !LooksLikeLiteral(raw)) return false;
        value = new ProseMatch(raw, start, end - start);
        return true;
    }

    private static bool TryReadQuoted(string text, int start, out ProseMatch value, out int next)
    {
        value = null!;
        next = start;
        if (start >= text.Length) return false;
        var close = ClosingQuote(text[start]);
        if (close == '\0') return false;
        // Bounded, so many unclosed quotes cannot make the scan quadratic.
        var end = text.IndexOf(close, start + 1, Math.Min(MaxQuotedLength, text.Length - start - 1));
        if (end < 0) return false;
        value = new ProseMatch(text.Substring(start + 1, end - start - 1), start, end - start + 1);
        next = end + 1;
        return true;
    }

    private static bool TryReadList(string text, int start, Tie tie, out List<ProseMatch> values, out int next)
    {
        values = new List<ProseMatch>();
        var end = start;
        while (end < text.Length && !IsValueEnd(text, end, start, list: true)) end++;
        next = end;

        // "image/png, image/jpeg" splits on commas only; "a/b/c" on slashes.
        var hasCommas = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == ',' || c == '，' || c == '、' || c == '|') hasCommas = true;
        }
        var pieceStart = start;
        for (var i = start; i <= end; i++)
        {
            var atEnd = i == end;
            var c = atEnd ? '\0' : text[i];
            var orWord = !atEnd && IsOrWord(text, i, end);
            var split = atEnd || c == '或' || orWord || (hasCommas ? c == ',' || c == '，' || c == '、' || c == '|' : c == '/');
            if (!split) continue;
            if (!AddPiece(text, pieceStart, i, tie, values)) return false;
            pieceStart = orWord ? i + 2 : i + 1;
            if (orWord) i++;
        }
        return values.Count > 0;
    }

    private static bool AddPiece(string text, int start, int end, Tie tie, List<ProseMatch> values)
    {
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        if (end == start) return true;
        if (end - start >= 2 && ClosingQuote(text[start]) is var close && close != '\0' && text[end - 1] == close)
        {
            values.Add(new ProseMatch(text.Substring(start + 1, end - start - 2), start, end - start));
            return true;
        }
        var raw = text.Substring(start, end - start);
        // Without a colon, words in a value mean we are reading a sentence, not a list.
        if (tie != Tie.Colon && ContainsSpace(raw)) return false;
        values.Add(new ProseMatch(raw, start, end - start));
        return true;
    }

    /// <summary>"1-8", "1 ~ 8", "1 to 8", "1至8"; for "between", "1 and 8".</summary>
    private static bool TryReadRange(string text, int start, bool between, out ProseMatch from, out ProseMatch to, out int next)
    {
        from = to = null!;
        next = start;
        if (!TryReadNumber(text, start, out from, out var i)) return false;
        i = SkipSpaces(text, i);
        if (i >= text.Length) return false;
        if (between)
        {
            if (text[i] == '和' || text[i] == '与') i++;
            else if (IsWordAt(text, i, "and")) i += 3;
            else return false;
        }
        else
        {
            var c = text[i];
            if (c == '-' || c == '~' || c == '～' || c == '—' || c == '–' || c == '至' || c == '到') i++;
            else if (IsWordAt(text, i, "to")) i += 2;
            else return false;
        }
        i = SkipSpaces(text, i);
        if (!TryReadNumber(text, i, out to, out i)) return false;
        if (i < text.Length && !IsSpace(text[i]) && !IsValueEnd(text, i, i, list: false)) return false;
        next = i;
        return true;
    }

    private static bool TryReadNumber(string text, int start, out ProseMatch number, out int next)
    {
        number = null!;
        next = start;
        var i = start;
        if (i < text.Length && (text[i] == '-' || text[i] == '+')) i++;
        var digits = i;
        while (i < text.Length && IsDigit(text[i])) i++;
        if (i == digits) return false;
        if (i + 1 < text.Length && text[i] == '.' && IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && IsDigit(text[i])) i++;
        }
        if (!NumericText.TryNormalize(text.Substring(start, i - start), out var json)) return false;
        number = new ProseMatch(json, start, i - start);
        next = i;
        return true;
    }

    /// <summary>Where a value stops: clause punctuation, a sentence-ending '.', a line break, or the next label.</summary>
    private static bool IsValueEnd(string text, int i, int valueStart, bool list)
    {
        var c = text[i];
        switch (c)
        {
            case '。':
            case ';':
            case '；':
            case '\n':
            case '\r':
            case ')':
            case '）':
                return true;
            case ',':
            case '，':
            case '、':
                return !list;
            case '.':
                // "7.5" and "1.0" are numbers; a '.' before a space, the end or CJK text ends the sentence.
                return i + 1 >= text.Length || IsSpace(text[i + 1]) || text[i + 1] >= 0x2E80;
        }
        return i > valueStart && TryMatchLabel(text, i, out _);
    }

    private static ProseMatch? Number(ProseMatch value)
        => NumericText.TryNormalize(value.Text, out var json) ? value with { Text = json } : null;

    private static bool LooksLikeLiteral(string raw)
        => NumericText.TryNormalize(raw, out _)
           || raw.Equals("true", StringComparison.OrdinalIgnoreCase)
           || raw.Equals("false", StringComparison.OrdinalIgnoreCase)
           || raw.Equals("null", StringComparison.OrdinalIgnoreCase);

    private static bool IsOrWord(string text, int i, int end)
        => i > 0 && IsSpace(text[i - 1]) && i + 2 < end && IsSpace(text[i + 2]) && IsWordAt(text, i, "or");

    private static bool IsWordAt(string text, int i, string word)
        => i + word.Length <= text.Length
           && string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
           && (i + word.Length == text.Length || !IsAsciiLetterOrDigit(text[i + word.Length]));

    private static char ClosingQuote(char open) => open switch
    {
        '"' => '"',
        '\'' => '\'',
        '`' => '`',
        '“' => '”',
        '‘' => '’',
        '「' => '」',
        _ => '\0',
    };

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i])) i++;
        return i;
    }

    private static bool ContainsSpace(string text)
    {
        foreach (var c in text)
        {
            if (IsSpace(c)) return true;
        }
        return false;
    }

    // Line breaks end values, so they are not "space" here.
    private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c);

    private static Label[] SortedLabels(params Label[] labels)
    {
        var sorted = (Label[])labels.Clone();
        // Stable enough: no two labels of one length overlap.
        Array.Sort(sorted, (a, b) => b.Text.Length.CompareTo(a.Text.Length));
        return sorted;
    }
}
