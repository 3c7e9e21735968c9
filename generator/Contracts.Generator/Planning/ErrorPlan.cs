namespace Contracts.Generator.Planning;

/// <summary>
/// A declared error body and the statuses it covers, from <paramref name="From"/> to <paramref name="To"/> inclusive
/// ("404" is 404–404, "4XX" 400–499, "default" every status that is not a success); checked in the order planned.
/// </summary>
internal sealed record ErrorPlan(int From, int To, bool IsDefault, TypeRef Body);
