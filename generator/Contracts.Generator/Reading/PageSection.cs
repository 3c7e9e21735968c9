namespace Contracts.Generator.Reading;

/// <summary>The JSON sections of an Apifox documentation page, each under its own heading line.</summary>
internal enum PageSection
{
    Parameters,
    RequestBody,
    Responses,
    ResponseExamples,
}
