using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Contracts;

/// <summary>
/// The checks generated validation calls, one call per member and keyword group. Each checks a value, reports what it
/// finds and answers whether to go on. With no error list (the first pass) a violation answers false at once and builds
/// nothing; with a list it is added under the JSON Pointer <c>path + member</c> and the answer is true. A null value passes
/// every check but the ones about null and presence.
/// </summary>
/// <remarks>
/// <c>member</c> is the JSON Pointer suffix of the checked value within its parent (<c>"/name"</c>, escaped as RFC 6901
/// asks), or <c>""</c> for the value at <c>path</c> itself. Paths are only joined when a violation is added.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValidationChecks
{
    /// <summary>Every violation of <paramref name="value"/>: none (no allocation) when valid, else a second pass collects them.</summary>
    public static IReadOnlyList<ValidationError> All<T>(T value) where T : IValidationCore
    {
        if (value.ValidateCore(null, null)) return Array.Empty<ValidationError>();
        var errors = new List<ValidationError>();
        value.ValidateCore(errors, "");
        return errors;
    }

    /// <summary>Reports <paramref name="error"/>: false (stop) with no list, else adds it and answers true.</summary>
    public static bool Report(List<ValidationError>? errors, ValidationError error)
    {
        if (errors is null) return false;
        errors.Add(error);
        return true;
    }

    /// <summary>The JSON Pointer of an item, <c>path + member + "/" + index</c>; null with no list (nothing to build then).</summary>
    public static string? Item(List<ValidationError>? errors, string? path, string member, int index)
        => errors is null ? null : path + member + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The JSON Pointer of a map's value, <c>path + member + "/" + key</c> (key escaped); null with no list.</summary>
    public static string? Key(List<ValidationError>? errors, string? path, string member, string key)
        => errors is null ? null : path + member + "/" + Escape(key);

    /// <summary>A required member (of a value type, or one that may be null) is missing when <paramref name="missing"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Required(List<ValidationError>? errors, string? path, string member, bool missing)
        => !missing || Report(errors, ValidationFailures.Required(path + member, NameOf(member)));

    /// <summary>A required member that must not be null: missing when <paramref name="missing"/>, else null when <paramref name="value"/> is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Required<T>(List<ValidationError>? errors, string? path, string member, bool missing, T value)
        => missing ? Report(errors, ValidationFailures.Required(path + member, NameOf(member))) : NotNull(errors, path, member, value);

    /// <summary>A value that must not be null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotNull<T>(List<ValidationError>? errors, string? path, string member, T value)
        => value is not null || Report(errors, ValidationFailures.NotNull(path + member));

    /// <summary>
    /// Members read as a JSON null their schema refuses: bit <c>i</c> of <paramref name="readAsNull"/> marks
    /// <paramref name="members"/>[i], whose value now is <paramref name="values"/>[i]. A value set since (through <c>with</c>) ends the finding.
    /// </summary>
    public static bool ReadAsNull(List<ValidationError>? errors, string? path, ulong readAsNull, string[] members, params object?[] values)
    {
        for (var i = 0; i < members.Length; i++)
        {
            if ((readAsNull & (1UL << i)) != 0 && values[i] is null && !Report(errors, ValidationFailures.NotNull(path + members[i]))) return false;
        }
        return true;
    }

    /// <summary>A member the schema does not declare was read where additionalProperties is false (<paramref name="name"/>, null when none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NoAdditionalProperty(List<ValidationError>? errors, string? path, string? name)
        => name is null || Report(errors, ValidationFailures.AdditionalProperty(path + "/" + Escape(name), name));

    /// <summary>minLength and maxLength, in Unicode code points (pass 0 and <see cref="int.MaxValue"/> for no limit).</summary>
    public static bool Length(List<ValidationError>? errors, string? path, string member, string? value, int minimum, int maximum)
    {
        if (value is null) return true;
        var length = JsonText.CodePointLength(value);
        if (length >= minimum && length <= maximum) return true;
        if (errors is null) return false;
        if (length < minimum) errors.Add(ValidationFailures.MinLength(path + member, minimum, length));
        if (length > maximum) errors.Add(ValidationFailures.MaxLength(path + member, maximum, length));
        return true;
    }

    /// <summary>pattern: the string must match <paramref name="pattern"/> (reported with its source text).</summary>
    public static bool Pattern(List<ValidationError>? errors, string? path, string member, string? value, Regex pattern)
        => value is null || pattern.IsMatch(value) || Report(errors, ValidationFailures.Pattern(path + member, pattern.ToString(), value));

    /// <summary>const of a string: the value must be <paramref name="expected"/> (reported as JSON).</summary>
    public static bool Const(List<ValidationError>? errors, string? path, string member, string? value, string expected)
        => value is null || string.Equals(value, expected, StringComparison.Ordinal)
            || Report(errors, ValidationFailures.Const(path + member, JsonText.Quote(expected), JsonText.Quote(value)));

    /// <summary>Inclusive minimum and maximum of an integer; a null limit is none. Limits are reported as <see cref="JsonText.Of(long)"/> writes them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Range(List<ValidationError>? errors, string? path, string member, long? value, long? minimum, long? maximum)
        => value is not { } number || (!(number < minimum) && !(number > maximum)) || OutOfRange(errors, path, member, number, minimum, maximum);

    /// <summary>Inclusive minimum and maximum of a number; a null limit is none. Limits are reported as <see cref="JsonText.Of(double)"/> writes them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Range(List<ValidationError>? errors, string? path, string member, double? value, double? minimum, double? maximum)
        => value is not { } number || (!(number < minimum) && !(number > maximum)) || OutOfRange(errors, path, member, number, minimum, maximum);

    /// <summary>Inclusive minimum and maximum of a decimal; a null limit is none. Limits are reported as <see cref="JsonText.Of(decimal)"/> writes them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Range(List<ValidationError>? errors, string? path, string member, decimal? value, decimal? minimum, decimal? maximum)
        => value is not { } number || (!(number < minimum) && !(number > maximum)) || OutOfRange(errors, path, member, number, minimum, maximum);

    /// <summary>minItems and maxItems of a list of <paramref name="count"/> items, null when absent (pass 0 and <see cref="int.MaxValue"/> for no limit).</summary>
    public static bool ItemCount(List<ValidationError>? errors, string? path, string member, int? count, int minimum, int maximum)
    {
        if (count is not { } actual || (actual >= minimum && actual <= maximum)) return true;
        if (errors is null) return false;
        if (actual < minimum) errors.Add(ValidationFailures.MinItems(path + member, minimum, actual));
        if (actual > maximum) errors.Add(ValidationFailures.MaxItems(path + member, maximum, actual));
        return true;
    }

    /// <summary>oneOf: the value (its <paramref name="matches"/>, null when absent) must match exactly one alternative.</summary>
    public static bool OneOf(List<ValidationError>? errors, string? path, string member, int? matches)
        => matches is null or 1 || Report(errors, ValidationFailures.Alternatives(path + member, false, matches.Value));

    /// <summary>anyOf: the value (its <paramref name="matches"/>, null when absent) must match at least one alternative.</summary>
    public static bool AnyOf(List<ValidationError>? errors, string? path, string member, int? matches)
        => matches is not 0 || Report(errors, ValidationFailures.Alternatives(path + member, true, 0));

    /// <summary>A nested model, checked with its own keywords; null passes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Valid<T>(List<ValidationError>? errors, string? path, string member, T? value) where T : class, IValidationCore
        => value is null || value.ValidateCore(errors, errors is null ? null : path + member);

    /// <summary>Each item of a list of models checked with its keywords; a null item is a violation unless <paramref name="allowNull"/>.</summary>
    public static bool ValidItems<T>(List<ValidationError>? errors, string? path, string member, IReadOnlyList<T>? items, bool allowNull = false)
        where T : IValidationCore?
    {
        if (items is null) return true;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null ? !allowNull && !Report(errors, ValidationFailures.NotNull(Item(errors, path, member, i)!)) : !item.ValidateCore(errors, Item(errors, path, member, i)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Each value of a map of models checked with its keywords; a null value is a violation unless <paramref name="allowNull"/>.</summary>
    public static bool ValidValues<T>(List<ValidationError>? errors, string? path, string member, IReadOnlyDictionary<string, T>? map, bool allowNull = false)
        where T : IValidationCore?
    {
        if (map is null) return true;
        foreach (var pair in map)
        {
            if (pair.Value is null ? !allowNull && !Report(errors, ValidationFailures.NotNull(Key(errors, path, member, pair.Key)!)) : !pair.Value.ValidateCore(errors, Key(errors, path, member, pair.Key)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>No item of the list is null (the item schema refuses null).</summary>
    public static bool NoNullItems<T>(List<ValidationError>? errors, string? path, string member, IReadOnlyList<T>? items)
    {
        if (items is null) return true;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null && !Report(errors, ValidationFailures.NotNull(Item(errors, path, member, i)!))) return false;
        }
        return true;
    }

    /// <summary>No value of the map is null (the value schema refuses null).</summary>
    public static bool NoNullValues<T>(List<ValidationError>? errors, string? path, string member, IReadOnlyDictionary<string, T>? map)
    {
        if (map is null) return true;
        foreach (var pair in map)
        {
            if (pair.Value is null && !Report(errors, ValidationFailures.NotNull(Key(errors, path, member, pair.Key)!))) return false;
        }
        return true;
    }

    // Minimum first, then maximum, as the keywords are checked.
    private static bool OutOfRange(List<ValidationError>? errors, string? path, string member, long number, long? minimum, long? maximum)
    {
        if (errors is null) return false;
        if (number < minimum) errors.Add(ValidationFailures.Minimum(path + member, JsonText.Of(minimum!.Value), JsonText.Of(number), false));
        if (number > maximum) errors.Add(ValidationFailures.Maximum(path + member, JsonText.Of(maximum!.Value), JsonText.Of(number), false));
        return true;
    }

    private static bool OutOfRange(List<ValidationError>? errors, string? path, string member, double number, double? minimum, double? maximum)
    {
        if (errors is null) return false;
        if (number < minimum) errors.Add(ValidationFailures.Minimum(path + member, JsonText.Of(minimum!.Value), JsonText.Of(number), false));
        if (number > maximum) errors.Add(ValidationFailures.Maximum(path + member, JsonText.Of(maximum!.Value), JsonText.Of(number), false));
        return true;
    }

    private static bool OutOfRange(List<ValidationError>? errors, string? path, string member, decimal number, decimal? minimum, decimal? maximum)
    {
        if (errors is null) return false;
        if (number < minimum) errors.Add(ValidationFailures.Minimum(path + member, JsonText.Of(minimum!.Value), JsonText.Of(number), false));
        if (number > maximum) errors.Add(ValidationFailures.Maximum(path + member, JsonText.Of(maximum!.Value), JsonText.Of(number), false));
        return true;
    }

    /// <summary>The member name a pointer suffix such as <c>"/a~1b"</c> stands for (<c>"a/b"</c>).</summary>
    private static string NameOf(string member)
    {
        var token = member.Length > 0 && member[0] == '/' ? member.Substring(1) : member;
        return token.IndexOf('~') < 0 ? token : token.Replace("~1", "/").Replace("~0", "~");
    }

    private static string Escape(string name) => name.IndexOf('~') < 0 && name.IndexOf('/') < 0 ? name : name.Replace("~", "~0").Replace("/", "~1");
}
