namespace Tasker.Isolation;

/// <summary>What one line of the host's protocol stream carries: one engine event, named as the engine names it.</summary>
internal enum HostEventKind
{
    Diagnostic,
    Message,
    PipelineStarted,
    EntryStarted,
    EntryDeclared,
    EntryFinished,
    PipelineFinished,

    /// <summary>The last event of a request: the host is ready for the next one.</summary>
    Finished,
}
