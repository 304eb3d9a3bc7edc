using Tasker.Diagnostics;

namespace Tasker.Isolation;

/// <summary>What one line of the host's protocol stream carries.</summary>
internal enum HostEventKind
{
    Diagnostic,
    Message,
    EntryStarted,
    EntryFinished,

    /// <summary>The last event of a run: the host is ready for the next request.</summary>
    Finished,
}
