using Tasker.Diagnostics;

namespace Tasker.Events;

/// <summary>
/// Tells a host which entry is running, for hosts that must point at it after the fact (the out-of-process host
/// announces each entry so that a task which ends the process is reported at its entry).
/// </summary>
internal interface IPipelineProgress
{
    void EntryStarted(string displayName, SourceLocation location);

    void EntryFinished(string displayName, SourceLocation location);
}
