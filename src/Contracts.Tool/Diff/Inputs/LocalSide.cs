using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace Contracts.Tool.Diff.Inputs;

/// <summary>A file, or a folder whose files (recursively, hidden ones aside) are matched by their path inside it.</summary>
internal sealed class LocalSide : DiffSide
{
    private readonly string _path;

    public LocalSide(string path)
    {
        _path = path;
        IsFolder = Directory.Exists(path);
        if (!IsFolder && !File.Exists(path)) throw new DiffInputException($"'{path}' is neither a file, a folder nor an http(s) URL.");
    }

    public override string Description => _path;

    public override bool IsFolder { get; }

    public override IReadOnlyList<SideFile> Load(CancellationToken cancellationToken)
    {
        try
        {
            if (!IsFolder) return new[] { new SideFile(Path.GetFileName(_path), _path, File.ReadAllText(_path)) };
            return ListFolder(_path).Select(name => new SideFile(name, Path.Combine(_path, name), File.ReadAllText(Path.Combine(_path, name)))).ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DiffInputException($"cannot read '{_path}': {exception.Message}");
        }
    }

    /// <summary>Paths inside <paramref name="folder"/> with '/' separators, in ordinal order.</summary>
    public static IEnumerable<string> ListFolder(string folder)
        => Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true })
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .OrderBy(name => name, StringComparer.Ordinal);
}
