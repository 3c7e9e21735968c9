using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>
/// One part of an endpoint (parameters, requestBody, responses or responseExamples) as located JSON.
/// <see cref="Label"/> prefixes field paths in messages; <see cref="Text"/> is what the nodes' offsets index into.
/// </summary>
internal sealed record ApifoxSection(string Label, JsonNode Root, string Text);
