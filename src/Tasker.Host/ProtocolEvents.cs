using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Isolation;

namespace Tasker.Host;

/// <summary>
/// Sends every engine event to the task as a protocol line, as it is: the task renders it as it renders a pipeline
/// in its own process. Branch progress stays here: the build shows none, and it would be a line per branch.
/// </summary>
internal sealed class ProtocolEvents(ProtocolWriter protocol) : IPipelineEvents, IPipelineProgress
{
    public void Report(Diagnostic diagnostic) => protocol.Write(HostEvent.Reported(diagnostic));

    public void Message(MessageLevel level, string text) => protocol.Write(HostEvent.Logged(level, text));

    public void PipelineStarted(PipelineHeader header, int steps) => protocol.Write(HostEvent.PipelineStarted(header, steps));

    public void EntryStarted(EntryInfo entry, int position, int steps) => protocol.Write(HostEvent.EntryStarted(entry, position, steps));

    public void EntryDeclared(EntryInfo entry, IReadOnlyList<string> require, IReadOnlyList<string> provide, bool isContainer) =>
        protocol.Write(HostEvent.EntryDeclared(entry, require, provide, isContainer));

    public void WorkAdvanced(EntryInfo entry, int done, int total)
    {
    }

    public void EntryFinished(EntryInfo entry, TaskOutcome outcome, TimeSpan elapsed) => protocol.Write(HostEvent.EntryFinished(entry, outcome, elapsed));

    public void PipelineFinished(PipelineResult result, string profilePath) => protocol.Write(HostEvent.PipelineFinished(result, profilePath));
}
