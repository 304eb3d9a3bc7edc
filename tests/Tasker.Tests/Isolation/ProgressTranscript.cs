using Tasker.Events;

namespace Tasker.Tests.Isolation;

/// <summary>Writes each progress call down as text with every argument, so two sequences of calls compare as lists.</summary>
internal sealed class ProgressTranscript : IPipelineProgress
{
    public List<string> Calls { get; } = [];

    public void PipelineStarted(PipelineHeader header, int steps) => Calls.Add($"started {header} {steps}");

    public void EntryStarted(EntryInfo entry, int position, int steps) => Calls.Add($"entry {entry} {position}/{steps}");

    public void EntryDeclared(EntryInfo entry, IReadOnlyList<string> require, IReadOnlyList<string> provide, bool isContainer) =>
        Calls.Add($"declared {entry} [{string.Join(",", require)}] [{string.Join(",", provide)}] {isContainer}");

    public void WorkAdvanced(EntryInfo entry, int done, int total) => Calls.Add($"work {entry} {done}/{total}");

    public void EntryFinished(EntryInfo entry, TaskOutcome outcome, TimeSpan elapsed) => Calls.Add($"finished {entry} {outcome} {elapsed}");

    public void PipelineFinished(PipelineResult result, string profilePath) =>
        Calls.Add($"done {result.Name} {result.Succeeded} {result.StoppedByTask} {result.TasksRun} {result.Elapsed} [{string.Join(",", result.InputFiles)}] [{string.Join(",", result.EnvironmentVariables)}] {result.EntriesNotSelected} {result.Work} {result.Work.UsedCache} {profilePath}");
}
