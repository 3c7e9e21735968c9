using System.Collections.Generic;
using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>
/// Gives members their bits, in member order, once per record: one bit per required member (set while reading when it
/// is present) and one per optional member whose JSON null is a finding. Any number of members: the emitters spread
/// the bits over one <c>ulong</c> per 64.
/// </summary>
internal static class RecordBits
{
    /// <summary>Returns the members with their bits set, and how many bits of each set the record needs.</summary>
    public static (List<PropertyPlan> Properties, int RequiredCount, int NullCount) Assign(List<PropertyPlan> properties)
    {
        var required = 0;
        var nulls = 0;
        var assigned = new List<PropertyPlan>(properties.Count);
        foreach (var property in properties)
        {
            var requiredBit = property.Required ? required++ : -1;
            var nullBit = NullIsFinding(property) ? nulls++ : -1;
            assigned.Add(property with { RequiredBit = requiredBit, NullBit = nullBit });
        }
        return (assigned, required, nulls);
    }

    /// <summary>
    /// An optional member whose schema does not allow null holds C# null when absent, so a JSON null there would read as
    /// "absent" and pass: the converter sets the member's bit instead, and Validate() reports each member whose bit is
    /// set and that is still null (a value given later, also through <c>with</c>, ends the finding). Members of no type
    /// (any JSON) allow null, unless a "type" array leaves it out; required ones keep or miss it.
    /// </summary>
    private static bool NullIsFinding(PropertyPlan property)
        => !property.Required && !property.SchemaNullable
            && (property.Type.WithNullable(false).Kind != ValueKind.Any || property.Rules.Types != JsonTypes.None);
}
