using System;
using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Naming;

namespace Contracts.Generator.Planning;

/// <summary>
/// Decides how a document's security reaches the runtime: one field per declared scheme, and per operation the
/// alternatives it accepts (its own <c>security</c>, else the document's). Null means none declared anywhere, where
/// the client's API key goes as a bearer token as before; an alternative naming an undeclared scheme is dropped,
/// since no credential could meet it.
/// </summary>
internal sealed class SecurityPlanner
{
    /// <summary>Members of ContractsClientOptions that a scheme's credential property must not hide.</summary>
    private static readonly string[] OptionsMembers =
    {
        "ApiKey", "AuthorizationScheme", "Credentials", "TokenProvider", "ValidateRequests", "ResponseValidation", "Hooks",
        "MaxResponseBytes", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "BindFrom",
    };

    private readonly ApiDocument _document;
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    public SecurityPlanner(ApiDocument document)
    {
        _document = document;
        var schemes = new List<SecuritySchemePlan>();
        var properties = new NameScope(OptionsMembers);
        foreach (var scheme in document.SecuritySchemes)
        {
            var field = "__securityScheme" + schemes.Count.ToString(CultureInfo.InvariantCulture);
            _fields[scheme.Name] = field;
            schemes.Add(new SecuritySchemePlan(scheme.Name, field, properties.Claim(Identifier.ToPascalCase(scheme.Name, "Credential")), Placement(scheme.Kind), scheme.ParameterName));
        }
        Schemes = schemes.ToEquatableArray();
    }

    public EquatableArray<SecuritySchemePlan> Schemes { get; }

    /// <summary>The alternatives <paramref name="operation"/> accepts, or null when neither it nor the document declares any.</summary>
    public EquatableArray<SecurityRequirementPlan>? For(Operation operation)
    {
        if ((operation.Security ?? _document.Security) is not { } requirements) return null;
        var plans = new List<SecurityRequirementPlan>();
        foreach (var requirement in requirements)
        {
            var fields = new List<string>();
            var usable = true;
            foreach (var name in requirement.Schemes)
            {
                if (_fields.TryGetValue(name, out var field)) fields.Add(field);
                else usable = false;
            }
            if (usable) plans.Add(new SecurityRequirementPlan(fields.ToEquatableArray()));
        }
        return plans.ToEquatableArray();
    }

    /// <summary>Where the credentials of <paramref name="operation"/> come from, for CTR5010's message.</summary>
    public string DescribeSource(Operation operation)
    {
        var plans = For(operation);
        if (plans is null) return "ContractsClientOptions.ApiKey";
        var names = new List<string>();
        foreach (var requirement in operation.Security ?? _document.Security!.Value)
        {
            foreach (var name in requirement.Schemes) if (!names.Contains(name)) names.Add(name);
        }
        return names.Count == 0 ? "the operation needs none" : "security scheme " + string.Join(", ", names);
    }

    public static bool IsAuthorizationHeader(Parameter parameter)
        => parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, "Authorization", StringComparison.OrdinalIgnoreCase);

    private static string Placement(SecuritySchemeKind kind) => kind switch
    {
        SecuritySchemeKind.ApiKeyHeader => "Header",
        SecuritySchemeKind.ApiKeyQuery => "Query",
        SecuritySchemeKind.ApiKeyCookie => "Cookie",
        SecuritySchemeKind.Basic => "Basic",
        _ => "Authorization",
    };
}
