using Contracts.Generator.Emitting.Plan;
using Contracts.Generator.Model;

namespace Contracts.Generator.Emitting;

/// <summary>
/// An optional member whose schema does not allow null holds C# null when absent, so a JSON null there would read as
/// "absent" and pass. The converter keeps the first such member's name instead, and Validate() reports it.
/// Members of no type (any JSON) allow null, unless a "type" array leaves it out; required ones keep or miss it.
/// </summary>
internal static class NullFindings
{
    public const string Field = "_nullMember";

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
}
