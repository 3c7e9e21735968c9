using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>Source-generated metadata for the few framework types the runtime serialises itself.</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(ProblemDetails))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext
{
}
