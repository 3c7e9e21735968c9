using System.CommandLine;

namespace Contracts.Tool.Commands;

/// <summary>The operation filters that `generate` and `diff` share, with the names and meaning of the build's item metadata.</summary>
internal static class SelectionOptions
{
    private const string PatternHelp = "Patterns, ';'-separated or repeated: a folder or tag ('用户/**', 'orders'), an operation id, "
        + "a path glob ('/orders/*', 'GET /users/{id}'), or prefixed 'folder:', 'tag:', 'path:', 'id:'.";

    public static Option<string[]> Include() => new("--include")
    {
        Description = "Generate only the operations these patterns match (as the ContractsInclude metadata). " + PatternHelp,
        HelpName = "patterns",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string[]> Exclude() => new("--exclude")
    {
        Description = "Leave out the operations these patterns match (as the ContractsExclude metadata). " + PatternHelp,
        HelpName = "patterns",
    };

    public static Option<string[]> KeepSchemas() => new("--keep-schema")
    {
        Description = "Named schemas to generate even when no included operation uses them (as ContractsKeepSchemas); globs allowed.",
        HelpName = "names",
    };
}
