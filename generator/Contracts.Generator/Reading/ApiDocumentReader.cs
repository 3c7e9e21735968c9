using System.Threading;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading;

/// <summary>The one entry point for reading a schema file: picks the reader by content.</summary>
internal static class ApiDocumentReader
{
    /// <summary>The document, or null when the file is in no format we read (such files are ignored, not reported).</summary>
    internal static ApiDocument? Read(string filePath, string text, CancellationToken cancellationToken)
    {
        switch (SourceFormatDetector.Detect(text))
        {
            case SourceFormat.ApifoxPage:
                return ApifoxPageReader.Read(filePath, text, cancellationToken);
            case SourceFormat.OpenApi:
                return OpenApi.OpenApiReader.Read(filePath, text, cancellationToken);
            case SourceFormat.Swagger:
                return Swagger.SwaggerReader.Read(filePath, text, cancellationToken);
            case SourceFormat.ApifoxMarkdown:
                return Markdown.WiddershinsReader.Read(filePath, text, cancellationToken);
            case SourceFormat.ApifoxProject:
                return Apifox.ApifoxProjectReader.Read(filePath, text, cancellationToken);
            case SourceFormat.ApifoxEndpoints:
                return Apifox.ApifoxEndpointArrayReader.Read(filePath, text, cancellationToken);
            default:
                return null;
        }
    }
}
