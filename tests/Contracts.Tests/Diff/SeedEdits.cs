using System;
using System.IO;
using Contracts.Tests.Tool;

namespace Contracts.Tests.Diff;

/// <summary>The seed page, and a copy edited the way an API changes in real life (each edit checked to apply).</summary>
internal static class SeedEdits
{
    public static string Original { get; } = File.ReadAllText(RepositoryFiles.SeedSchema);

    /// <summary>Only the prose maximum of /input/num_outputs: 最大值:8 → 最大值:6.</summary>
    public static string MaximumLowered { get; } = Edit(Original, "最小值:1,最大值:8。", "最小值:1,最大值:6。");

    /// <summary>Several changes at once, of every level: a request limit, requiredness, a default, and response members.</summary>
    public static string ManyChanges { get; } = Edit(Edit(Edit(Edit(MaximumLowered,
        "\"required\": [\n          \"image\"\n        ]", "\"required\": [\n          \"image\",\n          \"prompt\"\n        ]"),
        "默认值:25。", "默认值:30。"),
        "\"data_removed\": {\n          \"type\": \"boolean\"\n        }", "\"data_removed\": {\n          \"type\": [\"boolean\", \"null\"]\n        }"),
        "\"logs\": {\n          \"type\": \"string\"\n        },\n", "");

    private static string Edit(string text, string from, string to)
    {
        var normalised = text.Replace("\r\n", "\n");
        if (!normalised.Contains(from, StringComparison.Ordinal)) throw new InvalidOperationException("The seed no longer contains: " + from);
        return normalised.Replace(from, to);
    }
}
