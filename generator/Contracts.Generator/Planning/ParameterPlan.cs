using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Planning;

/// <summary>A client method parameter that maps to a path, query, header or cookie value.</summary>
internal sealed record ParameterPlan(string WireName, string Name, ParameterLocation In, bool Required, TypeRef Type, string? Description);
