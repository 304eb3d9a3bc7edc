using System.Collections.Concurrent;
using Tasker.Events;

namespace Tasker.Tests.Support;

/// <summary>Keeps every progress call, from any thread, for assertions.</summary>
internal sealed class RecordingProgress : IPipelineProgress
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public ConcurrentBag<(int Done, int Total)> Work { get; } = [];

    public PipelineResult? Result { get; private set; }

    public void PipelineStarted(PipelineHeader header, int steps) => Calls.Enqueue($"pipeline {steps}");

    public void EntryStarted(EntryInfo entry, int position, int steps) => Calls.Enqueue($"start {position}/{steps} {entry.Reference}");

    public void EntryDeclared(EntryInfo entry, IReadOnlyList<string> require, IReadOnlyList<string> provide, bool isContainer) =>
        Calls.Enqueue($"declare {entry.Reference}{(isContainer ? " container" : string.Empty)} require [{string.Join(",", require)}] provide [{string.Join(",", provide)}]");

    public void WorkAdvanced(EntryInfo entry, int done, int total) => Work.Add((done, total));

    public void EntryFinished(EntryInfo entry, TaskOutcome outcome, TimeSpan elapsed) =>
        Calls.Enqueue($"finish {entry.Reference} {(outcome.Failed ? "failed" : "ok")}");

    public void PipelineFinished(PipelineResult result, string profilePath)
    {
        Result = result;
        Calls.Enqueue("done");
    }
}
