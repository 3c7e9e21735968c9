using System;
using System.Globalization;
using Contracts.Generator.Emitting.Plan;

namespace Contracts.Generator.Emitting;

/// <summary>One bit of a <c>ulong</c> per tracked member of a record, in member order; members past the 64th are not tracked.</summary>
internal static class MemberBits
{
    /// <summary>The mask literal (such as <c>0x4UL</c>) of <paramref name="target"/>, or null when it is not tracked or past the 64th.</summary>
    public static string? Mask(RecordPlan record, PropertyPlan target, Func<PropertyPlan, bool> tracks)
    {
        var bit = 0;
        foreach (var property in record.Properties)
        {
            if (!tracks(property)) continue;
            if (bit >= 64) return null;
            if (property.Index == target.Index) return "0x" + (1UL << bit).ToString("X", CultureInfo.InvariantCulture) + "UL";
            bit++;
        }
        return null;
    }
}
