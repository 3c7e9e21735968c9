using System.Collections.Generic;
using System.Threading;

namespace Contracts.Tool.Diff.Inputs;

/// <summary>One side of a comparison: a file, a folder, a path at a git revision, or a URL.</summary>
internal abstract class DiffSide
{
    /// <summary>What the user named, for the report's header.</summary>
    public abstract string Description { get; }

    /// <summary>True when the side holds many files matched by name; false when it is one document.</summary>
    public abstract bool IsFolder { get; }

    /// <summary>How old-side locations are labelled ("old", or the git revision).</summary>
    public virtual string Version => "old";

    /// <exception cref="DiffInputException">The side cannot be read.</exception>
    public abstract IReadOnlyList<SideFile> Load(CancellationToken cancellationToken);
}
