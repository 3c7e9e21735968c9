using Xunit;

namespace Contracts.Tests.Diff;

/// <summary>A declared Authorization header is no parameter of the generated client, so adding or dropping it is no change.</summary>
public sealed class AuthorizationParameterDiffTests
{
    [Fact]
    public void Adding_a_required_authorization_header_is_no_change_while_another_header_is()
    {
        var before = TestApi.Document("get", "/items", "{}");
        var after = TestApi.Document("get", "/items", """
            {"parameters": [
              {"name": "Authorization", "in": "header", "required": true, "schema": {"type": "string"}},
              {"name": "X-Tenant", "in": "header", "required": true, "schema": {"type": "string"}}]}
            """);

        var findings = TestApi.Compare(before, after);

        var finding = Assert.Single(findings);
        Assert.Contains("X-Tenant", finding.Detail);
    }
}
