using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.Isolation;

/// <summary>
/// One line of the host's protocol stream: one call of <see cref="IPipelineEvents"/> or <see cref="IPipelineProgress"/>
/// with its arguments, or the end of a request. The payloads are the engine's own event records, so the task
/// renders a pipeline in the host exactly as one in its own process. Only the members <see cref="Kind"/> uses are set.
/// </summary>
internal sealed class HostEvent
{
    public HostEventKind Kind { get; init; }

    public Diagnostic? Diagnostic { get; init; }

    public MessageLevel Level { get; init; }

    public string? Text { get; init; }

    public PipelineHeader? Header { get; init; }

    public EntryInfo? Entry { get; init; }

    /// <summary>The entry's one-based position among <see cref="Steps"/>.</summary>
    public int Position { get; init; }

    public int Steps { get; init; }

    public IReadOnlyList<string> Require { get; init; } = [];

    public IReadOnlyList<string> Provide { get; init; } = [];

    public bool IsContainer { get; init; }

    public TaskOutcome Outcome { get; init; }

    public TimeSpan Elapsed { get; init; }

    public PipelineResult? Result { get; init; }

    public static HostEvent Reported(Diagnostic diagnostic) => new() { Kind = HostEventKind.Diagnostic, Diagnostic = diagnostic };

    public static HostEvent Logged(MessageLevel level, string text) => new() { Kind = HostEventKind.Message, Level = level, Text = text };

    public static HostEvent PipelineStarted(PipelineHeader header, int steps) => new() { Kind = HostEventKind.PipelineStarted, Header = header, Steps = steps };

    public static HostEvent EntryStarted(EntryInfo entry, int position, int steps) => new() { Kind = HostEventKind.EntryStarted, Entry = entry, Position = position, Steps = steps };

    public static HostEvent EntryDeclared(EntryInfo entry, IReadOnlyList<string> require, IReadOnlyList<string> provide, bool isContainer) =>
        new() { Kind = HostEventKind.EntryDeclared, Entry = entry, Require = require, Provide = provide, IsContainer = isContainer };

    public static HostEvent EntryFinished(EntryInfo entry, TaskOutcome outcome, TimeSpan elapsed) => new() { Kind = HostEventKind.EntryFinished, Entry = entry, Outcome = outcome, Elapsed = elapsed };

    /// <summary>The pipeline ended; the text carries the profile as the engine names it in its summary.</summary>
    public static HostEvent PipelineFinished(PipelineResult result, string profilePath) => new() { Kind = HostEventKind.PipelineFinished, Result = result, Text = profilePath };

    public static HostEvent Finished(PipelineResult result) => new() { Kind = HostEventKind.Finished, Result = result };

    /// <summary>Replays a progress event on <paramref name="progress"/>; false for events that are not progress.</summary>
    public bool ReplayOn(IPipelineProgress progress)
    {
        switch (Kind)
        {
            case HostEventKind.PipelineStarted when Header is { } header:
                progress.PipelineStarted(header, Steps);
                return true;
            case HostEventKind.EntryStarted when Entry is { } entry:
                progress.EntryStarted(entry, Position, Steps);
                return true;
            case HostEventKind.EntryDeclared when Entry is { } entry:
                progress.EntryDeclared(entry, Require, Provide, IsContainer);
                return true;
            case HostEventKind.EntryFinished when Entry is { } entry:
                progress.EntryFinished(entry, Outcome, Elapsed);
                return true;
            case HostEventKind.PipelineFinished when Result is { } result:
                progress.PipelineFinished(result, Text ?? string.Empty);
                return true;
            default:
                return false;
        }
    }
}
