using System.Collections.Generic;

namespace Contracts.Generator.Model;

/// <summary>Moving between <see cref="SchemaType"/> and <see cref="SchemaTypeSet"/>.</summary>
internal static class SchemaTypeSets
{
    public static SchemaTypeSet Of(SchemaType type) => type == SchemaType.Any ? SchemaTypeSet.None : (SchemaTypeSet)(1 << (int)type);

    /// <summary>The types in the set, in <see cref="SchemaType"/> order.</summary>
    public static List<SchemaType> Members(SchemaTypeSet set)
    {
        var members = new List<SchemaType>();
        for (var type = SchemaType.Boolean; type <= SchemaType.Object; type++)
        {
            if ((set & Of(type)) != 0) members.Add(type);
        }
        return members;
    }
}
