using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using Contracts;
using Contracts.AotClient;
using Contracts.AotClient.Vault;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// NativeAOT proof of the client plumbing: DI registration, options from configuration, credentials per security
// scheme and from a token provider, logging hooks and spans. Exits 1 on any difference, so CI fails.
var failures = 0;
void Check(bool condition, string what)
{
    Console.WriteLine((condition ? "ok    " : "FAIL  ") + what);
    if (!condition) failures++;
}

var spans = new List<Activity>();
using var listener = new ActivityListener
{
    ShouldListenTo = source => source.Name == VaultClient.ActivitySourceName,
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    ActivityStopped = spans.Add,
};
ActivitySource.AddActivityListener(listener);

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Vault:BaseAddress"] = "https://vault.example.com/v1/",
    ["Vault:ApiKey"] = "health-key",
    ["Vault:ResponseValidation"] = "Throw",
}).Build();

var relay = new VaultHandler();
var logs = new CountingLoggerProvider(VaultClient.ActivitySourceName);
var tokens = new RotatingTokens();
var services = new ServiceCollection();
services.AddLogging(logging => logging.AddProvider(logs));
services.AddVaultClient(configuration.GetSection("Vault"), options =>
    {
        options.TokenProvider = tokens;
        options.Hooks = new Correlation();
    })
    .ConfigurePrimaryHttpMessageHandler(() => relay);

using (var provider = services.BuildServiceProvider())
{
    var client = provider.GetRequiredService<IVaultClient>();
    var secret = await client.Secrets.GetSecretAsync("db");
    Check(secret.Name == "db" && secret.Version == 3, "reads the typed answer through the registered client");
    Check(relay.Seen[0] == "GET /v1/secrets/db Bearer token-1", "bearer token from the token provider");
    await client.Secrets.GetSecretAsync("db");
    Check(relay.Seen[1] == "GET /v1/secrets/db Bearer token-2", "the token provider is asked again for the next call");
    await client.Secrets.GetSecretAsync("db", new ContractsRequestOptions { Credential = "user-42" });
    Check(relay.Seen[2] == "GET /v1/secrets/db Bearer user-42", "a per-call credential replaces the provider's");
    await client.HealthAsync();
    Check(relay.Seen[3] == "GET /v1/health X-API-Key", "the health check sends the configured API key in its header");
    try
    {
        await client.Secrets.GetSecretAsync("bad");
        Check(false, "a response breaking its schema is refused");
    }
    catch (ContractValidationException exception)
    {
        Check(exception.Subject == "GET /secrets/{name} response", "a response breaking its schema is refused");
    }
    Check(spans.Count == 5 && (string?)spans[0].GetTagItem("url.template") == "/secrets/{name}", "one span per call, with the route template");
    Check(logs.Count == 6, "calls are logged through the generated logging hooks");
    Check(relay.Correlations.Count == 5 && relay.Correlations[0] == spans[0].TraceId.ToString(), "the hook puts the span's trace id on each request");
}

Console.WriteLine(failures == 0 ? "all checks passed" : failures + " check(s) failed");
return failures == 0 ? 0 : 1;
