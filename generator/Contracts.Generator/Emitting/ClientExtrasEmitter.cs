using Contracts.Generator.Helpers;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits what a client gets from the project's references: <c>services.Add{Client}()</c> on the HttpClient factory,
/// <c>{Client}Options.BindFrom(IConfiguration)</c> (plain key reads, no reflection: the configuration binder's own
/// source generator does not see types another generator emits), and logging hooks over <c>ILogger</c>.
/// </summary>
internal static class ClientExtrasEmitter
{
    private const string DI = "global::Microsoft.Extensions.DependencyInjection";
    private const string Configuration = "global::Microsoft.Extensions.Configuration.IConfiguration";
    private const string Logging = "global::Microsoft.Extensions.Logging";

    public static string Emit(ClientShape client, ClientFeatures features)
    {
        var writer = SourceHeader.Start(client.FilePath, client.Namespace);
        var first = true;
        if (features.Configuration)
        {
            EmitBinding(writer, client);
            first = false;
        }
        if (features.Logging)
        {
            if (!first) writer.Line();
            EmitLogging(writer, client);
            first = false;
        }
        if (features.HttpClientFactory)
        {
            if (!first) writer.Line();
            EmitRegistration(writer, client, features);
        }
        return writer.ToString();
    }

    private static void EmitBinding(SourceWriter writer, ClientShape client)
    {
        writer.OpenBrace($"public sealed partial class {client.OptionsName}");
        writer.Line("/// <summary>");
        writer.Line("/// Reads the settings present in <paramref name=\"configuration\"/> (a section such as <c>Clients:Vault</c>): ApiKey,");
        writer.Line("/// AuthorizationScheme, ValidateRequests, ResponseValidation, MaxResponseBytes, Credentials:{scheme}, and one key per");
        writer.Line("/// security scheme's property. Absent keys leave their setting as it is; no reflection, so NativeAOT-safe.");
        writer.Line("/// </summary>");
        writer.OpenBrace($"public void BindFrom({Configuration} configuration)");
        writer.Line("_Sys.ArgumentNullException.ThrowIfNull(configuration);");
        writer.Line("if (configuration[\"ApiKey\"] is { Length: > 0 } apiKey) ApiKey = apiKey;");
        writer.Line("if (configuration[\"AuthorizationScheme\"] is { Length: > 0 } scheme) AuthorizationScheme = scheme;");
        writer.Line("if (bool.TryParse(configuration[\"ValidateRequests\"], out var validateRequests)) ValidateRequests = validateRequests;");
        writer.Line("if (_Sys.Enum.TryParse<_Rt.ResponseValidation>(configuration[\"ResponseValidation\"], ignoreCase: true, out var responseValidation)) ResponseValidation = responseValidation;");
        writer.Line("if (long.TryParse(configuration[\"MaxResponseBytes\"], _Sys.Globalization.NumberStyles.Integer, _Sys.Globalization.CultureInfo.InvariantCulture, out var maxResponseBytes)) MaxResponseBytes = maxResponseBytes;");
        writer.OpenBrace("foreach (var credential in configuration.GetSection(\"Credentials\").GetChildren())");
        writer.Line("if (credential.Value is { Length: > 0 } value) Credentials[credential.Key] = value;");
        writer.CloseBrace();
        foreach (var scheme in client.SecuritySchemes)
        {
            var local = "__" + scheme.OptionsProperty;
            writer.Line($"if (configuration[{CSharpText.StringLiteral(scheme.OptionsProperty)}] is {{ Length: > 0 }} {local}) {scheme.OptionsProperty} = {local};");
        }
        writer.CloseBrace();
        writer.CloseBrace();
    }

    private static void EmitLogging(SourceWriter writer, ClientShape client)
    {
        var level = Logging + ".LogLevel";
        var log = Logging + ".LoggerExtensions.Log";
        writer.Line("/// <summary>");
        writer.Line($"/// Logs each call of <see cref=\"{client.ClientName}\"/>: operation, status and duration, invalid responses and failures.");
        writer.Line("/// Never bodies, headers, URLs or credentials. Set it as <see cref=\"_Rt.ContractsClientOptions.Hooks\"/>");
        writer.Line("/// (the DI registration does when an ILoggerFactory is registered); it passes every call on to <c>inner</c>.");
        writer.Line("/// </summary>");
        writer.Line(SourceHeader.GeneratedCodeAttribute);
        writer.OpenBrace($"public sealed partial class {client.LoggingName} : _Rt.ContractsClientHooks");
        writer.Line($"private readonly {Logging}.ILogger _logger;");
        writer.Line("private readonly _Rt.ContractsClientHooks? _inner;");
        writer.Line();
        writer.Line("/// <summary>Logs to <paramref name=\"logger\"/>, then calls <paramref name=\"inner\"/> if any.</summary>");
        writer.OpenBrace($"public {client.LoggingName}({Logging}.ILogger logger, _Rt.ContractsClientHooks? inner = null)");
        writer.Line("_logger = logger ?? throw new _Sys.ArgumentNullException(nameof(logger));");
        writer.Line("_inner = inner;");
        writer.CloseBrace();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBrace("public override _Tasks.ValueTask OnRequestAsync(_Rt.ContractsOperation operation, _Http.HttpRequestMessage request, _Sys.Threading.CancellationToken cancellationToken)");
        writer.Line($"if (_logger.IsEnabled({level}.Debug)) {log}(_logger, {level}.Debug, new {Logging}.EventId(1, \"ContractsRequest\"), \"Sending {{OperationId}} ({{Method}} {{UrlTemplate}})\", operation.Id, operation.Method, operation.PathTemplate);");
        writer.Line("return _inner?.OnRequestAsync(operation, request, cancellationToken) ?? default;");
        writer.CloseBrace();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBrace("public override void OnResponse(_Rt.ContractsOperation operation, _Http.HttpResponseMessage response, _Sys.TimeSpan elapsed)");
        writer.Line($"if (_logger.IsEnabled({level}.Information)) {log}(_logger, {level}.Information, new {Logging}.EventId(2, \"ContractsResponse\"), \"{{OperationId}} answered {{StatusCode}} in {{ElapsedMilliseconds}} ms\", operation.Id, (int)response.StatusCode, (long)elapsed.TotalMilliseconds);");
        writer.Line("_inner?.OnResponse(operation, response, elapsed);");
        writer.CloseBrace();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBrace("public override void OnInvalidResponse(_Rt.ContractsOperation operation, _Gen.IReadOnlyList<_Rt.ValidationError> errors)");
        writer.Line($"{log}(_logger, {level}.Warning, new {Logging}.EventId(3, \"ContractsInvalidResponse\"), \"{{OperationId}} answered with a body breaking its schema: {{ErrorCount}} violation(s), the first at '{{Path}}' ({{Keyword}})\", operation.Id, errors.Count, errors[0].Path, errors[0].Keyword);");
        writer.Line("_inner?.OnInvalidResponse(operation, errors);");
        writer.CloseBrace();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBrace("public override void OnFailure(_Rt.ContractsOperation operation, _Sys.Exception exception)");
        writer.Line("// The exception's message may quote the response body: only its type and status are logged.");
        writer.Line("var status = exception is _Rt.ApiException api ? (int)api.StatusCode : 0;");
        writer.Line($"{log}(_logger, {level}.Warning, new {Logging}.EventId(4, \"ContractsFailure\"), \"{{OperationId}} failed with {{ExceptionType}} (status {{StatusCode}})\", operation.Id, exception.GetType().Name, status);");
        writer.Line("_inner?.OnFailure(operation, exception);");
        writer.CloseBrace();
        writer.CloseBrace();
    }

    private static void EmitRegistration(SourceWriter writer, ClientShape client, ClientFeatures features)
    {
        var options = client.OptionsName;
        writer.Line($"/// <summary>Registers <see cref=\"{client.InterfaceName}\"/> and <see cref=\"{client.ClientName}\"/> with the HttpClient factory.</summary>");
        writer.Line(SourceHeader.GeneratedCodeAttribute);
        writer.OpenBrace($"public static partial class {client.ExtensionsName}");
        writer.Line("/// <summary>");
        writer.Line($"/// Registers <see cref=\"{client.InterfaceName}\"/> (and <see cref=\"{client.ClientName}\"/>) as a typed client of the HttpClient factory, with");
        writer.Line($"/// <see cref=\"{options}\"/> as options (<c>IOptions&lt;{options}&gt;</c>, configured by <paramref name=\"configure\"/>).");
        writer.Line("/// Returns the HttpClient builder, so handlers chain (<c>.AddStandardResilienceHandler()</c>, your own DelegatingHandler).");
        if (features.Logging) writer.Line($"/// When an ILoggerFactory is registered, calls are logged through <see cref=\"{client.LoggingName}\"/>.");
        writer.Line("/// </summary>");
        writer.OpenBrace($"public static {DI}.IHttpClientBuilder Add{client.ClientName}(this {DI}.IServiceCollection services, _Sys.Action<{options}>? configure = null)");
        writer.Line("_Sys.ArgumentNullException.ThrowIfNull(services);");
        writer.Line($"var optionsBuilder = {DI}.OptionsServiceCollectionExtensions.AddOptions<{options}>(services);");
        writer.Line("if (configure is not null) optionsBuilder.Configure(configure);");
        if (features.Logging)
        {
            writer.OpenBrace("optionsBuilder.PostConfigure<_Sys.IServiceProvider>(static (options, provider) =>");
            writer.OpenBrace($"if (provider.GetService(typeof({Logging}.ILoggerFactory)) is {Logging}.ILoggerFactory loggers && options.Hooks is not {client.LoggingName})");
            writer.Line($"options.Hooks = new {client.LoggingName}(loggers.CreateLogger({client.ClientName}.ActivitySourceName), options.Hooks);");
            writer.CloseBrace();
            writer.CloseBrace(");");
        }
        writer.Line($"var builder = {DI}.HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{client.InterfaceName}, {client.ClientName}>(services, static (http, provider) =>");
        writer.Line($"    new {client.ClientName}(http, (({Options(options)})provider.GetService(typeof({Options(options)}))!).Value));");
        writer.Line($"{DI}.ServiceCollectionServiceExtensions.AddTransient<{client.ClientName}>(services, static provider => ({client.ClientName})provider.GetService(typeof({client.InterfaceName}))!);");
        writer.Line("return builder;");
        writer.CloseBrace();
        if (features.Configuration)
        {
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line($"/// As <see cref=\"Add{client.ClientName}({DI}.IServiceCollection, _Sys.Action{{{options}}})\"/>, reading the options from");
            writer.Line($"/// <paramref name=\"configuration\"/> first (see <see cref=\"{options}.BindFrom\"/>); its <c>BaseAddress</c> key sets the HttpClient's base address.");
            writer.Line("/// </summary>");
            writer.OpenBrace($"public static {DI}.IHttpClientBuilder Add{client.ClientName}(this {DI}.IServiceCollection services, {Configuration} configuration, _Sys.Action<{options}>? configure = null)");
            writer.Line("_Sys.ArgumentNullException.ThrowIfNull(configuration);");
            writer.OpenBrace($"var builder = Add{client.ClientName}(services, options =>");
            writer.Line("options.BindFrom(configuration);");
            writer.Line("configure?.Invoke(options);");
            writer.CloseBrace(");");
            writer.OpenBrace("if (configuration[\"BaseAddress\"] is { Length: > 0 } baseAddress)");
            writer.Line("var address = new _Sys.Uri(baseAddress, _Sys.UriKind.Absolute);");
            writer.Line($"{DI}.HttpClientBuilderExtensions.ConfigureHttpClient(builder, http => http.BaseAddress = address);");
            writer.CloseBrace();
            writer.Line("return builder;");
            writer.CloseBrace();
        }
        writer.CloseBrace();
    }

    private static string Options(string options) => $"global::Microsoft.Extensions.Options.IOptions<{options}>";
}
