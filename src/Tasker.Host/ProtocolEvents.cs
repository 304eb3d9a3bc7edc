using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Isolation;

namespace Tasker.Host;

/// <summary>Sends every engine event and entry boundary to the task as a protocol line.</summary>
internal sealed class ProtocolEvents(ProtocolWriter protocol) : IPipelineEvents, IPipelineProgress
{
    public void Report(Diagnostic diagnostic) => protocol.Write(HostEvent.Reported(diagnostic));

    public void Message(MessageLevel level, string text) => protocol.Write(HostEvent.Logged(level, text));

    public void EntryStarted(string displayName, SourceLocation location) => protocol.Write(HostEvent.Started(new HostEntry(displayName, location)));

    public void EntryFinished(string displayName, SourceLocation location) => protocol.Write(HostEvent.Ended(new HostEntry(displayName, location)));
}
