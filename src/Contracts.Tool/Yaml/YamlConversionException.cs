using System;

namespace Contracts.Tool.Yaml;

/// <summary>YAML that cannot become JSON, with the one-based line and column of the problem.</summary>
internal sealed class YamlConversionException : Exception
{
    public YamlConversionException(int line, int column, string problem)
        : base($"line {line}, column {column}: {problem}")
    {
        Line = line;
        Column = column;
        Problem = problem;
    }

    public int Line { get; }

    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }
}
