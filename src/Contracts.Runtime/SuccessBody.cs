using System.ComponentModel;

namespace Contracts;

/// <summary>How the one exchange treats the body of a success, as the operation's planner decided.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum SuccessBody
{
    /// <summary>No success of the operation has a body: it is not read.</summary>
    None,

    /// <summary>Read whole, within <see cref="ContractsClientOptions.MaxResponseBytes"/> (JSON and text).</summary>
    Buffered,

    /// <summary>Left on the connection for the reader to hand over (files, event streams, JSON lines): never capped.</summary>
    Streamed,
}
