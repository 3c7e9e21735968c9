using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>
/// The typed headers an operation's successes declare: a class in the file's namespace (<paramref name="FullName"/>
/// by the file's alias), one property per header, documented as belonging to <paramref name="MethodName"/>.
/// </summary>
internal sealed record ResponseHeadersPlan(string ClassName, string FullName, string MethodName, EquatableArray<HeaderPlan> Headers);

/// <summary>One declared response header: its wire name, property and type (always nullable: a server may leave it out).</summary>
internal sealed record HeaderPlan(string WireName, string PropertyName, TypeRef Type, string? Description);
