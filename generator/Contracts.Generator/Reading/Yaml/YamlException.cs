using System;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Yaml;

/// <summary>Stops the scanner or parser at the first problem; <see cref="YamlReader"/> turns it into a result, so it never leaves the reader.</summary>
internal sealed class YamlException : Exception
{
    public YamlException(YamlProblemKind kind, string problem, TextPosition at)
        : base(problem)
    {
        Kind = kind;
        Problem = problem;
        At = at;
    }

    public YamlProblemKind Kind { get; }
    public string Problem { get; }
    public TextPosition At { get; }
}
