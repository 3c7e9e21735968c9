using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace Contracts.Tool.Diff.Inputs;

/// <summary>
/// A file or folder as it was at a git revision (<c>git show REV:path</c>), for comparing with the working tree. Files
/// are named by their path inside the folder, as in the working tree, so the two sides match up.
/// </summary>
internal sealed class GitRevisionSide : DiffSide
{
    private readonly string _revision;
    private readonly string _path;

    public GitRevisionSide(string revision, string path)
    {
        _revision = revision;
        _path = path;
        IsFolder = Directory.Exists(path);
    }

    public override string Description => $"{_path} at {_revision}";

    public override bool IsFolder { get; }

    public override string Version => _revision;

    public override IReadOnlyList<SideFile> Load(CancellationToken cancellationToken)
    {
        var folder = IsFolder ? _path : Path.GetDirectoryName(Path.GetFullPath(_path))!;
        if (!Directory.Exists(folder)) throw new DiffInputException($"'{_path}' is not in a folder that exists, so it cannot be looked up in git.");
        var verify = GitCommand.Run(folder, cancellationToken, "rev-parse", "--verify", "--quiet", _revision + "^{commit}");
        if (verify.ExitCode != 0)
        {
            var why = verify.Error.Trim();
            throw new DiffInputException($"'{_revision}' is not a commit of a git repository at '{folder}'{(why.Length > 0 ? ": " + why : ".")}");
        }

        if (!IsFolder)
        {
            var name = Path.GetFileName(_path);
            // A file new in the working tree has no old side: everything in it is an addition.
            if (GitCommand.Run(folder, cancellationToken, "cat-file", "-e", Spec(name)).ExitCode != 0) return new SideFile[0];
            return new[] { new SideFile(name, _path, Show(folder, name, cancellationToken)) };
        }
        var list = GitCommand.Run(folder, cancellationToken, "ls-tree", "-r", "--name-only", "-z", _revision, "--", ".");
        if (list.ExitCode != 0) throw new DiffInputException($"git ls-tree {_revision} failed in '{folder}': {list.Error.Trim()}");
        // Hidden files are skipped, as in the working-tree listing.
        var names = list.Output.Split('\0', System.StringSplitOptions.RemoveEmptyEntries)
            .Where(name => !name.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(name => name, System.StringComparer.Ordinal);
        var files = new List<SideFile>();
        foreach (var name in names)
        {
            files.Add(new SideFile(name, Path.Combine(_path, name), Show(folder, name, cancellationToken)));
        }
        return files;
    }

    /// <summary>"REV:./path": a path relative to the folder git runs in.</summary>
    private string Spec(string relativePath) => $"{_revision}:./{relativePath}";

    private string Show(string folder, string relativePath, CancellationToken cancellationToken)
    {
        var spec = Spec(relativePath);
        var show = GitCommand.Run(folder, cancellationToken, "show", spec);
        if (show.ExitCode != 0) throw new DiffInputException($"git show {spec} failed: {show.Error.Trim()}");
        return show.Output;
    }
}
