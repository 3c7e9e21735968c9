namespace Contracts.Generator.Model;

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}
