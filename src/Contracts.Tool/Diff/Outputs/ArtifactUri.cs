using System;
using System.IO;
using System.Linq;

namespace Contracts.Tool.Diff.Outputs;

/// <summary>A file as a SARIF artifact URI: URLs as they are, relative paths percent-encoded per segment, absolute paths as file: URIs.</summary>
internal static class ArtifactUri
{
    public static string Of(string file)
    {
        if (Uri.TryCreate(file, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)) return url.AbsoluteUri;
        if (Path.IsPathRooted(file)) return new Uri(Path.GetFullPath(file)).AbsoluteUri;
        var segments = file.Replace('\\', '/').Split('/').Where(segment => segment != ".");
        return string.Join("/", segments.Select(Uri.EscapeDataString));
    }
}
