using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Contracts.Tests.Oracle;

/// <summary>One random schema and the random instances checked against it.</summary>
public sealed record OracleCase(JsonObject Schema, IReadOnlyList<JsonNode?> Instances)
{
    public override string ToString() => Schema.ToJsonString() + " with " + Instances.Count + " instances";
}
