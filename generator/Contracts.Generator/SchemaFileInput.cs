using Contracts.Generator.Reading;
using Contracts.Generator.Selection;

namespace Contracts.Generator;

/// <summary>One AdditionalFiles item as plain values: path, text, options and the prefix of its hint names.</summary>
/// <param name="HintPrefix">Unique among the compilation's AdditionalFiles; null takes it from the file name.</param>
/// <param name="Repeated">The same path came earlier in AdditionalFiles: reported, not generated twice.</param>
/// <param name="Origin">How the file came to be read; a file someone named is reported when no reader recognises it.</param>
/// <param name="Selection">The operations to generate (ContractsInclude / ContractsExclude / ContractsKeepSchemas); null is all.</param>
internal sealed record SchemaFileInput(string Path, string Text, SchemaFileOptions Options, string? HintPrefix = null, bool Repeated = false, FileOrigin Origin = FileOrigin.Pattern, OperationSelection? Selection = null);
