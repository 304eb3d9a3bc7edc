using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.Isolation;

/// <summary>
/// One line of the host's protocol stream: an engine event (diagnostic or message), the start or end of an
/// entry, or the end of a run. Exactly one of the payloads is set, the one <see cref="Kind"/> names.
/// </summary>
internal sealed class HostEvent
{
    public HostEventKind Kind { get; init; }

    public Diagnostic? Diagnostic { get; init; }

    public MessageLevel Level { get; init; }

    public string? Text { get; init; }

    public HostEntry? Entry { get; init; }

    public HostPipelineResult? Result { get; init; }

    public static HostEvent Reported(Diagnostic diagnostic) => new() { Kind = HostEventKind.Diagnostic, Diagnostic = diagnostic };

    public static HostEvent Logged(MessageLevel level, string text) => new() { Kind = HostEventKind.Message, Level = level, Text = text };

    public static HostEvent Started(HostEntry entry) => new() { Kind = HostEventKind.EntryStarted, Entry = entry };

    public static HostEvent Ended(HostEntry entry) => new() { Kind = HostEventKind.EntryFinished, Entry = entry };

    public static HostEvent Finished(HostPipelineResult result) => new() { Kind = HostEventKind.Finished, Result = result };
}
