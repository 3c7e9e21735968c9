namespace Contracts.Tool.Diff.Inputs;

/// <summary>
/// One schema file of one side: <paramref name="Name"/> matches it with the other side (the path inside a folder, with
/// '/'), <paramref name="DisplayPath"/> is what reports show (a path as the user wrote it, or a URL).
/// </summary>
internal sealed record SideFile(string Name, string DisplayPath, string Text);
