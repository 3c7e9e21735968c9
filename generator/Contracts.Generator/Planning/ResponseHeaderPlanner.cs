using System;
using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Naming;

namespace Contracts.Generator.Planning;

/// <summary>
/// Plans the typed headers of an operation's successes: every header a 2xx response declares, once (names compare
/// case-insensitively), as a scalar the runtime can parse (text, whole number, number, boolean, date-time, uuid), else text.
/// </summary>
internal static class ResponseHeaderPlanner
{
    public static ResponseHeadersPlan? Plan(Operation operation, Func<string, string> claimTypeName, string baseName)
    {
        var headers = new List<HeaderPlan>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var properties = new NameScope("Read", "Equals", "GetHashCode", "ToString", "GetType");
        foreach (var response in operation.Responses)
        {
            if (response.StatusCode < 200 || response.StatusCode >= 300) continue;
            foreach (var header in response.Headers)
            {
                if (!seen.Add(header.Name)) continue;
                var type = header.Schema is { } schema ? TypePlanner.ScalarType(schema) : new TypeRef(ValueKind.String, true);
                if (type.Kind is not (ValueKind.String or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Boolean or ValueKind.DateTimeOffset or ValueKind.Guid))
                {
                    type = new TypeRef(ValueKind.String, true);
                }
                headers.Add(new HeaderPlan(header.Name, properties.Claim(Identifier.ToPascalCase(header.Name, "Header")), type.WithNullable(true), header.Description ?? header.Schema?.Description));
            }
        }
        if (headers.Count == 0) return null;
        var name = claimTypeName(baseName + "ResponseHeaders");
        return new ResponseHeadersPlan(name, Emitting.Aliases.OwnType(name), baseName + "Async", headers.ToEquatableArray());
    }
}
