using System;

namespace Contracts.Img2Img;

/// <summary>Removes the API key from text before it is printed: a server may echo the header it refused.</summary>
internal sealed class SecretRedaction
{
    private readonly string _secret;

    public SecretRedaction(string secret) => _secret = secret;

    public string Apply(string text)
        => _secret.Length == 0 ? text : text.Replace(_secret, "***", StringComparison.Ordinal);
}
