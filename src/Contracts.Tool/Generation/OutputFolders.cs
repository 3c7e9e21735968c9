using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Contracts.Generator.Emitting;

namespace Contracts.Tool.Generation;

/// <summary>
/// Writes generated sources to &lt;out&gt;/&lt;file stem&gt;/&lt;hint name&gt; and afterwards removes the .g.cs files of
/// an earlier run that this run did not write, in the folders this run owns. Other files are never touched.
/// </summary>
internal sealed class OutputFolders
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly string _root;
    private readonly Dictionary<string, HashSet<string>> _writtenByFolder = new(StringComparer.Ordinal);

    public OutputFolders(string root) => _root = root;

    public int FilesWritten { get; private set; }

    /// <summary>Marks the folder of a schema file as this run's, even when the file produced nothing (its old output is then stale).</summary>
    public void Claim(string stem)
    {
        if (!_writtenByFolder.ContainsKey(stem)) _writtenByFolder[stem] = new HashSet<string>(StringComparer.Ordinal);
    }

    public void Write(string stem, GeneratedSource source)
    {
        Claim(stem);
        var folder = Path.Combine(_root, stem);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, source.HintName);
        // Unchanged files keep their timestamps, so builds that include them stay incremental.
        if (!File.Exists(path) || File.ReadAllText(path, Utf8NoBom) != source.Text) File.WriteAllText(path, source.Text, Utf8NoBom);
        _writtenByFolder[stem].Add(source.HintName);
        FilesWritten++;
    }

    public void RemoveStale()
    {
        foreach (var (stem, written) in _writtenByFolder)
        {
            var folder = Path.Combine(_root, stem);
            if (!Directory.Exists(folder)) continue;
            foreach (var path in Directory.EnumerateFiles(folder, "*.g.cs"))
            {
                if (!written.Contains(Path.GetFileName(path))) File.Delete(path);
            }
        }
    }
}
