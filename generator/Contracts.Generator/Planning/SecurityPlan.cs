using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>
/// A security scheme as the client declares it: a static field (<paramref name="FieldName"/>) holding the runtime's
/// description, and a credential property on the client's options type (<paramref name="OptionsProperty"/>).
/// <paramref name="Placement"/> names a member of the runtime's <c>ContractsCredentialPlacement</c>.
/// </summary>
internal sealed record SecuritySchemePlan(string SchemeName, string FieldName, string OptionsProperty, string Placement, string ParameterName);

/// <summary>One alternative of an operation's security: the fields of the schemes applied together (none: anonymous).</summary>
internal sealed record SecurityRequirementPlan(EquatableArray<string> SchemeFields);
