using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>One Apifox parameter row, used both for parameters and for form-body fields.</summary>
internal sealed record ApifoxParameterEntry(
    string Name,
    bool Required,
    Schema Schema,
    string? Description,
    JsonStringNode? DescriptionNode,
    string? Example,
    SourceSpan Span);
