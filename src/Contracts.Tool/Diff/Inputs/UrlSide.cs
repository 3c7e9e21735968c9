using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;

namespace Contracts.Tool.Diff.Inputs;

/// <summary>
/// An Apifox or OpenAPI export link fetched with GET. The token, when one is needed, comes from an environment variable
/// (never the command line, which shells and CI logs keep) and is sent as a Bearer token.
/// </summary>
internal sealed class UrlSide : DiffSide
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(100);

    private readonly Uri _url;
    private readonly string? _tokenVariable;

    public UrlSide(Uri url, string? tokenVariable)
    {
        _url = url;
        _tokenVariable = tokenVariable;
    }

    public static bool IsUrl(string text, out Uri url)
        => Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>The URL without query or user info, which may hold secrets.</summary>
    public override string Description => _url.GetLeftPart(UriPartial.Path);

    public override bool IsFolder => false;

    public override IReadOnlyList<SideFile> Load(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = Timeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, _url);
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("*/*;q=0.5");
        if (_tokenVariable is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(_tokenVariable));
        try
        {
            using var response = client.Send(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new DiffInputException($"GET {Description} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
            using var reader = new System.IO.StreamReader(response.Content.ReadAsStream(cancellationToken));
            var name = _url.Segments.Length > 0 ? Uri.UnescapeDataString(_url.Segments[^1].Trim('/')) : _url.Host;
            return new[] { new SideFile(name.Length == 0 ? _url.Host : name, Description, reader.ReadToEnd()) };
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Threading.Tasks.TaskCanceledException or System.IO.IOException)
        {
            throw new DiffInputException($"cannot fetch {Description}: {exception.Message}");
        }
    }

    private static string Token(string variable)
    {
        var token = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(token)) throw new DiffInputException($"the environment variable {variable} (named by --token-env) is not set.");
        return token;
    }
}
