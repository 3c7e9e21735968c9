using Contracts.Generator.Model;

namespace Contracts.Tool.Verify.Checking;

/// <summary>Where a broken rule is written: its span in the schema file, and whether a keyword or prose in a description states it.</summary>
internal sealed record SchemaPlace(SourceSpan Span, ConstraintOrigin Origin)
{
    public string OriginText => Origin == ConstraintOrigin.Prose ? "description" : "keyword";
}
