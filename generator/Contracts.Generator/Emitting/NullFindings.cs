using Contracts.Generator.Emitting.Plan;
using Contracts.Generator.Model;

namespace Contracts.Generator.Emitting;

/// <summary>
/// An optional member whose schema does not allow null holds C# null when absent, so a JSON null there would read as
/// "absent" and pass. The converter sets the member's bit instead, and Validate() reports each member whose bit is set
/// and that is still null (a value given later, also through <c>with</c>, ends the finding). Members past the 64th
/// tracked one are not tracked. Members of no type (any JSON) allow null, unless a "type" array leaves it out; required
/// ones keep or miss it.
/// </summary>
internal static class NullFindings
{
    public const string Field = "_nullMembers";

    public static bool Tracks(PropertyPlan property)
        => !property.Required && !property.SchemaNullable
            && (property.Type.WithNullable(false).Kind != ValueKind.Any || property.Schema.Types != SchemaTypeSet.None);

    public static bool Any(RecordPlan record)
    {
        foreach (var property in record.Properties)
        {
            if (Tracks(property)) return true;
        }
        return false;
    }

    /// <summary>The mask literal of a tracked member, or null when it is not tracked (or past the 64th).</summary>
    public static string? Mask(RecordPlan record, PropertyPlan target) => MemberBits.Mask(record, target, Tracks);
}
