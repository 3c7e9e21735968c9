namespace Contracts.Generator.Reading.Apifox;

/// <summary>What a schemaCollection item says about its schema beside the schema itself (the display name is usually Chinese).</summary>
internal sealed record ApifoxSchemaDocs(string? DisplayName, string? Description);
