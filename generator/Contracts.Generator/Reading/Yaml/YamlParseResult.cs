using System;
using System.Collections.Generic;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Yaml;

/// <summary>Either the document's root as a located JSON tree or the first problem, never both.</summary>
internal sealed class YamlParseResult
{
    private YamlParseResult(JsonNode? root, bool hasDocument, YamlProblemKind problemKind, string? problem, SourceSpan problemSpan, IReadOnlyList<JsonMember> duplicateKeys, IReadOnlyList<YamlToken> ignoredTags)
    {
        Root = root;
        HasDocument = hasDocument;
        ProblemKind = problemKind;
        Problem = problem;
        ProblemSpan = problemSpan;
        DuplicateKeys = duplicateKeys;
        IgnoredTags = ignoredTags;
    }

    public JsonNode? Root { get; }

    /// <summary>False for a stream of only comments and white space (its root is then a null value).</summary>
    public bool HasDocument { get; }

    public YamlProblemKind ProblemKind { get; }

    /// <summary>Why reading stopped; null on success.</summary>
    public string? Problem { get; }

    public SourceSpan ProblemSpan { get; }

    /// <summary>Members whose key already appeared in the same mapping, in document order (readers keep the last one).</summary>
    public IReadOnlyList<JsonMember> DuplicateKeys { get; }

    /// <summary>The first use of each tag that is neither standard nor "!"; such tags change nothing.</summary>
    public IReadOnlyList<YamlToken> IgnoredTags { get; }

    public static YamlParseResult Success(JsonNode root, bool hasDocument, IReadOnlyList<JsonMember> duplicateKeys, IReadOnlyList<YamlToken> ignoredTags)
        => new(root, hasDocument, YamlProblemKind.Syntax, null, SourceSpan.None, duplicateKeys, ignoredTags);

    public static YamlParseResult Failure(YamlProblemKind kind, string problem, SourceSpan span, IReadOnlyList<YamlToken> ignoredTags)
        => new(null, true, kind, problem, span, Array.Empty<JsonMember>(), ignoredTags);
}
