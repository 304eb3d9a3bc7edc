using Tasker.Diagnostics;

namespace Tasker.Events;

/// <summary>
/// Passes a pipeline's events and progress on until it is closed. A pipeline closes it when it abandons a task
/// that would not stop: whatever that task's thread reports later belongs to a run that has already ended.
/// </summary>
internal sealed class PipelineOutputGate(IPipelineEvents events, IPipelineProgress progress) : IPipelineEvents, IPipelineProgress
{
    private volatile bool _closed;

    public void Close() => _closed = true;

    public void Report(Diagnostic diagnostic)
    {
        if (!_closed) events.Report(diagnostic);
    }

    public void Message(MessageLevel level, string text)
    {
        if (!_closed) events.Message(level, text);
    }

    public void PipelineStarted(PipelineHeader header, int steps)
    {
        if (!_closed) progress.PipelineStarted(header, steps);
    }

    public void EntryStarted(EntryInfo entry, int position, int steps)
    {
        if (!_closed) progress.EntryStarted(entry, position, steps);
    }

    public void EntryDeclared(EntryInfo entry, IReadOnlyList<string> require, IReadOnlyList<string> provide, bool isContainer)
    {
        if (!_closed) progress.EntryDeclared(entry, require, provide, isContainer);
    }

    public void WorkAdvanced(EntryInfo entry, int done, int total)
    {
        if (!_closed) progress.WorkAdvanced(entry, done, total);
    }

    public void EntryFinished(EntryInfo entry, TaskOutcome outcome, TimeSpan elapsed)
    {
        if (!_closed) progress.EntryFinished(entry, outcome, elapsed);
    }

    public void PipelineFinished(PipelineResult result, string profilePath)
    {
        if (!_closed) progress.PipelineFinished(result, profilePath);
    }
}
