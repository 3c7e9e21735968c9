using System.Collections.Generic;
using System.ComponentModel;

namespace Contracts;

/// <summary>Builds the <see cref="ValidationError"/> values generated <c>Validate()</c> methods report; keeps generated code short.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValidationFailures
{
    /// <summary>
    /// Reports a violation from a generated check, in one call: with no <paramref name="errors"/> list the caller only
    /// asks whether the value is valid, so this returns false and the caller stops at once; otherwise the error is added,
    /// <paramref name="valid"/> becomes false and this returns true, so the caller goes on to find the others.
    /// </summary>
    /// <param name="errors">Where violations go, or null to stop at the first one.</param>
    /// <param name="valid">The caller's verdict, set to false once a violation is added.</param>
    /// <param name="error">The violation.</param>
    /// <returns>True to go on checking, false to stop and answer "invalid".</returns>
    public static bool Report(List<ValidationError>? errors, ref bool valid, ValidationError error)
    {
        if (errors is null) return false;
        valid = false;
        errors.Add(error);
        return true;
    }

    /// <summary>A required member is missing.</summary>
    public static ValidationError Required(string path, string name)
        => new(path, "required", null, null, $"'{name}' is required.");

    /// <summary>A member that does not allow null holds null.</summary>
    public static ValidationError NotNull(string path)
        => new(path, "type", null, "null", "must not be null.");

    /// <summary>A number is below its lower limit.</summary>
    public static ValidationError Minimum(string path, string limit, string actual, bool exclusive)
        => new(path, exclusive ? "exclusiveMinimum" : "minimum", limit, actual,
            exclusive ? $"must be greater than {limit} (was {actual})." : $"must be at least {limit} (was {actual}).");

    /// <summary>A number is above its upper limit.</summary>
    public static ValidationError Maximum(string path, string limit, string actual, bool exclusive)
        => new(path, exclusive ? "exclusiveMaximum" : "maximum", limit, actual,
            exclusive ? $"must be less than {limit} (was {actual})." : $"must be at most {limit} (was {actual}).");

    /// <summary>A string is shorter than allowed (lengths count Unicode code points).</summary>
    public static ValidationError MinLength(string path, int limit, int actual)
        => new(path, "minLength", Text(limit), Text(actual), $"must be at least {limit} characters long (was {actual}).");

    /// <summary>A string is longer than allowed (lengths count Unicode code points).</summary>
    public static ValidationError MaxLength(string path, int limit, int actual)
        => new(path, "maxLength", Text(limit), Text(actual), $"must be at most {limit} characters long (was {actual}).");

    /// <summary>A string does not match its pattern.</summary>
    public static ValidationError Pattern(string path, string pattern, string actual)
        => new(path, "pattern", pattern, JsonText.Quote(actual), $"must match the pattern {pattern}.");

    /// <summary>A value is not one of the allowed values.</summary>
    public static ValidationError Enum(string path, IReadOnlyList<string> allowed, string actual)
        => new(path, "enum", "[" + string.Join(",", allowed) + "]", actual, $"must be one of {string.Join(", ", allowed)} (was {actual}).");

    /// <summary>A value differs from the only allowed value.</summary>
    public static ValidationError Const(string path, string expected, string actual)
        => new(path, "const", expected, actual, $"must be {expected} (was {actual}).");

    /// <summary>An array has fewer items than allowed.</summary>
    public static ValidationError MinItems(string path, int limit, int actual)
        => new(path, "minItems", Text(limit), Text(actual), $"must have at least {limit} items (had {actual}).");

    /// <summary>An array has more items than allowed.</summary>
    public static ValidationError MaxItems(string path, int limit, int actual)
        => new(path, "maxItems", Text(limit), Text(actual), $"must have at most {limit} items (had {actual}).");

    /// <summary>An array holds the same item twice.</summary>
    public static ValidationError UniqueItems(string path, int firstIndex, int secondIndex)
        => new(path, "uniqueItems", "true", null, $"items {firstIndex} and {secondIndex} are equal; items must be unique.");

    /// <summary>A oneOf/anyOf value matches no alternative, or (oneOf) more than one.</summary>
    public static ValidationError Alternatives(string path, bool anyOf, int matches)
        => new(path, anyOf ? "anyOf" : "oneOf", null, null, matches == 0
            ? "matches none of the alternatives."
            : $"matches {matches} alternatives; oneOf allows exactly one.");

    /// <summary>A member the schema does not declare, where additionalProperties is false.</summary>
    public static ValidationError AdditionalProperty(string path, string name)
        => new(path, "additionalProperties", "false", null, $"'{name}' is not a member the schema allows.");

    /// <summary>A value held as JSON is not of the schema's type.</summary>
    public static ValidationError Type(string path, string expected, string actual)
        => new(path, "type", expected, actual, $"must be of type {expected} (was {actual}).");

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
