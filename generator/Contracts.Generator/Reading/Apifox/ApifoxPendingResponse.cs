using System.Collections.Generic;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>A response before its examples are attached; <see cref="Id"/> is the response id as text.</summary>
internal sealed record ApifoxPendingResponse(string? Id, int Code, string? Name, string? Description, string MediaType, Schema? Schema, SourceSpan Span)
{
    public List<Example> Examples { get; } = new();
}
