using System;
using System.Threading.Tasks;
using Contracts.Tests.Harness;
using Contracts.Tests.Tool;
using Xunit;

namespace Contracts.Tests.Diff;

/// <summary>An export URL as a side, fetched over real HTTP from a loopback server, with the token from an environment variable.</summary>
public sealed class UrlSideTests
{
    [Fact]
    public async Task An_export_url_is_fetched_with_the_bearer_token_and_compared()
    {
        var variable = "CONTRACTS_DIFF_TEST_TOKEN_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "s3cret");
        try
        {
            await using var server = await LoopbackServer.StartAsync(request => request.Header("Authorization") == "Bearer s3cret"
                ? LoopbackResponse.Text(200, SeedEdits.MaximumLowered)
                : LoopbackResponse.Empty(401));
            using var temp = new TempFolder();
            var old = temp.Write("seed.apifox.txt", SeedEdits.Original);

            var run = ToolRun.Of("diff", old, new Uri(server.BaseAddress, "export/seed.apifox.txt?locale=zh").ToString(), "--token-env", variable);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("request-property-maximum-decreased", run.Output);
            Assert.DoesNotContain("locale=zh", run.Output);
            Assert.Equal("/export/seed.apifox.txt?locale=zh", Assert.Single(server.Requests).PathAndQuery);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task A_refused_download_or_a_missing_token_is_bad_input()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(401));
        var url = new Uri(server.BaseAddress, "export.json").ToString();

        var refused = ToolRun.Of("diff", url, RepositoryFiles.SeedSchema);
        var noToken = ToolRun.Of("diff", url, RepositoryFiles.SeedSchema, "--token-env", "CONTRACTS_DIFF_UNSET_" + Guid.NewGuid().ToString("N"));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("answered 401", refused.Error);
        Assert.Equal(2, noToken.ExitCode);
        Assert.Contains("is not set", noToken.Error);
    }
}
