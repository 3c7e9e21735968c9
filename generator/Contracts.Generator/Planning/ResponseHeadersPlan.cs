using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>The typed headers an operation's successes declare: a class nested in the client, one property per header.</summary>
internal sealed record ResponseHeadersPlan(string ClassName, EquatableArray<HeaderPlan> Headers);

/// <summary>One declared response header: its wire name, property and type (always nullable: a server may leave it out).</summary>
internal sealed record HeaderPlan(string WireName, string PropertyName, TypeRef Type, string? Description);
