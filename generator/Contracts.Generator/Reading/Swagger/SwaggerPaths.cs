using System;

namespace Contracts.Generator.Reading.Swagger;

/// <summary>Path keys as springfox writes them, made into plain templates.</summary>
internal static class SwaggerPaths
{
    /// <summary>
    /// Drops springfox's RFC 6570 query template ("/users{?page,size}": the query parameters are listed anyway) and adds
    /// the leading slash springfox sometimes leaves out ("v1/users/{uid}").
    /// </summary>
    public static string Normalize(string key)
    {
        var query = key.IndexOf("{?", StringComparison.Ordinal);
        var path = query >= 0 ? key.Substring(0, query) : key;
        if (path.Length == 0 || path[0] != '/') path = "/" + path;
        return path;
    }
}
