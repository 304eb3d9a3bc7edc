using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Isolation;

namespace Tasker.Host;

/// <summary>
/// Sends every engine event and entry boundary to the task as a protocol line. The header, banners and result
/// travel as the same messages an in-process run logs.
/// </summary>
internal sealed class ProtocolEvents : IPipelineEvents, IPipelineProgress
{
    private readonly ProtocolWriter _protocol;
    private readonly MessagePipelineProgress _messages;

    public ProtocolEvents(ProtocolWriter protocol)
    {
        _protocol = protocol;
        _messages = new MessagePipelineProgress(this);
    }

    public void Report(Diagnostic diagnostic) => _protocol.Write(HostEvent.Reported(diagnostic));

    public void Message(MessageLevel level, string text) => _protocol.Write(HostEvent.Logged(level, text));

    public void PipelineStarted(PipelineHeader header, int steps) => _messages.PipelineStarted(header, steps);

    public void EntryStarted(EntryInfo entry, int position, int steps) => _protocol.Write(HostEvent.Started(new HostEntry(entry.DisplayName, entry.Location)));

    public void EntryDeclared(EntryInfo entry, IReadOnlyList<string> require, IReadOnlyList<string> provide, bool isContainer) =>
        _messages.EntryDeclared(entry, require, provide, isContainer);

    public void WorkAdvanced(EntryInfo entry, int done, int total)
    {
    }

    public void EntryFinished(EntryInfo entry, TaskOutcome outcome, TimeSpan elapsed) => _protocol.Write(HostEvent.Ended(new HostEntry(entry.DisplayName, entry.Location)));

    public void PipelineFinished(PipelineResult result, string profilePath) => _messages.PipelineFinished(result, profilePath);
}
