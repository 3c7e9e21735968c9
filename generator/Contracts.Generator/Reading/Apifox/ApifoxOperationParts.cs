using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>What an endpoint's sections describe; the caller adds method, path and names.</summary>
internal sealed record ApifoxOperationParts(EquatableArray<Parameter> Parameters, RequestBody? RequestBody, EquatableArray<Response> Responses);
