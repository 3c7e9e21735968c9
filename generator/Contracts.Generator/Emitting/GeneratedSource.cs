using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>One generated file: its hint name and text.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
