using Contracts.Generator.Emitting.Plan;
using Contracts.Generator.Reading;

namespace Contracts.Generator;

/// <summary>One AdditionalFiles item as plain values: path, text, options and the prefix of its hint names.</summary>
/// <param name="HintPrefix">Unique among the compilation's AdditionalFiles; null takes it from the file name.</param>
/// <param name="Repeated">The same path came earlier in AdditionalFiles: reported, not generated twice.</param>
/// <param name="Origin">How the file came to be read; a file someone named is reported when no reader recognises it.</param>
internal sealed record SchemaFileInput(string Path, string Text, SchemaFileOptions Options, string? HintPrefix = null, bool Repeated = false, FileOrigin Origin = FileOrigin.Pattern);
