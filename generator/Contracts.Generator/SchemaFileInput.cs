using Contracts.Generator.Emitting.Plan;

namespace Contracts.Generator;

/// <summary>One AdditionalFiles item as plain values: path, text and options.</summary>
internal sealed record SchemaFileInput(string Path, string Text, SchemaFileOptions Options);
