using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Contracts.Tool.Diff.Inputs;

/// <summary>Loads both sides and pairs their documents: two single files directly, two folders by file name.</summary>
internal static class DocumentPairs
{
    public static List<DocumentPair> Load(DiffSide before, DiffSide after, List<string> notes, CancellationToken cancellationToken)
    {
        if (before.IsFolder != after.IsFolder)
        {
            throw new DiffInputException($"cannot compare a folder with a single file ('{before.Description}', '{after.Description}').");
        }
        var beforeFiles = before.Load(cancellationToken);
        var afterFiles = after.Load(cancellationToken);
        if (!after.IsFolder) return new List<DocumentPair> { Single(beforeFiles, afterFiles, notes, cancellationToken) };

        var beforeByName = beforeFiles.ToDictionary(file => file.Name, StringComparer.Ordinal);
        var afterByName = afterFiles.ToDictionary(file => file.Name, StringComparer.Ordinal);
        var pairs = new List<DocumentPair>();
        foreach (var name in beforeByName.Keys.Union(afterByName.Keys).OrderBy(name => name, StringComparer.Ordinal))
        {
            var old = beforeByName.TryGetValue(name, out var b) ? SchemaReading.Read(b, notes, cancellationToken) : null;
            var now = afterByName.TryGetValue(name, out var a) ? SchemaReading.Read(a, notes, cancellationToken) : null;
            if (old is null && now is null) continue;
            pairs.Add(new DocumentPair(name, old, now));
        }
        return pairs;
    }

    /// <summary>Two single documents, whatever their names; an old side missing at a git revision is an empty one.</summary>
    private static DocumentPair Single(IReadOnlyList<SideFile> beforeFiles, IReadOnlyList<SideFile> afterFiles, List<string> notes, CancellationToken cancellationToken)
    {
        var after = afterFiles.Single();
        var now = SchemaReading.Read(after, notes, cancellationToken) ?? throw NotAnApi(after);
        if (beforeFiles.Count == 0)
        {
            notes.Add($"{after.DisplayPath}: not present on the old side; everything in it is new.");
            return new DocumentPair(after.Name, null, now);
        }
        var before = beforeFiles.Single();
        var old = SchemaReading.Read(before, notes, cancellationToken) ?? throw NotAnApi(before);
        return new DocumentPair(after.Name, old, now);
    }

    private static DiffInputException NotAnApi(SideFile file)
        => new($"'{file.DisplayPath}' is not an API description (an Apifox page or export, or OpenAPI 3 in JSON or YAML).");
}
