using Contracts.Generator.Emitting.Plan;

namespace Contracts.Generator.Emitting;

/// <summary>Assigns each required member a bit in the record's "missing required" mask; members past 64 are not tracked.</summary>
internal static class RequiredBits
{
    public static int Count(RecordPlan record)
    {
        var count = 0;
        foreach (var property in record.Properties)
        {
            if (property.Required) count++;
        }
        return count > 64 ? 64 : count;
    }

    /// <summary>The mask literal for a member, or null when it is optional or beyond the 64th required member.</summary>
    public static string? Mask(RecordPlan record, PropertyPlan target) => MemberBits.Mask(record, target, IsRequired);

    private static bool IsRequired(PropertyPlan property) => property.Required;
}
