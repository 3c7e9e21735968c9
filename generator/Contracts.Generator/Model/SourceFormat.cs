namespace Contracts.Generator.Model;

/// <summary>The format a schema file was written in; nothing downstream of the readers depends on it.</summary>
internal enum SourceFormat
{
    Unknown,
    ApifoxPage,
    ApifoxProject,
    ApifoxEndpoints,
    OpenApi,
    Swagger,
    ApifoxMarkdown,
}
