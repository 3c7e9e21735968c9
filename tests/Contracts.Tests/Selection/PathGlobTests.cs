using Contracts.Generator.Selection;
using Xunit;

namespace Contracts.Tests.Selection;

public sealed class PathGlobTests
{
    [Theory]
    [InlineData("users", "users", true)]
    [InlineData("users", "Users", true)]
    [InlineData("users", "users/admin", false)]
    [InlineData("users/*", "users/admin", true)]
    [InlineData("users/*", "users/admin/keys", false)]
    [InlineData("users/**", "users", true)]
    [InlineData("users/**", "users/admin/keys", true)]
    [InlineData("users/**", "usersX", false)]
    [InlineData("**/keys", "users/admin/keys", true)]
    [InlineData("**/keys", "keys", true)]
    [InlineData("**", "anything/at/all", true)]
    [InlineData("/orders/*", "/orders/{id}", true)]
    [InlineData("/orders/*", "/orders/{id}/items", false)]
    [InlineData("/orders/**", "/orders/{id}/items", true)]
    [InlineData("/orders/?d", "/orders/id", true)]
    [InlineData("/orders?id", "/orders/id", false)]
    [InlineData("get*", "getUser", true)]
    [InlineData("get*", "listUsers", false)]
    [InlineData("用户/**", "用户/管理", true)]
    [InlineData("*", "", true)]
    [InlineData("a*b*c", "aXXbYYc", true)]
    [InlineData("a*b*c", "aXXbYY", false)]
    [InlineData("a**b", "aXb", true)] // "**" inside a segment is two stars, not a globstar
    public void Matches_segment_wise(string pattern, string text, bool expected)
        => Assert.Equal(expected, PathGlob.IsMatch(pattern, text));
}
