using System.Globalization;

namespace Tasker.Events;

/// <summary>
/// The progress of a pipeline as plain messages, for hosts that only log (MSBuild): the header, one banner per
/// task with its storage keys, and the result. Per-branch progress is not logged: it would be one line per branch.
/// </summary>
internal sealed class MessagePipelineProgress(IPipelineEvents events) : IPipelineProgress
{
    public void PipelineStarted(PipelineHeader header, int steps)
    {
        if (header.Name is null && header.Author is null && header.Email is null && header.Abstract is null)
        {
            return;
        }

        events.Message(MessageLevel.Normal, header.Version is null ? header.Name ?? string.Empty : $"{header.Name} ({header.Version})");
        if (!string.IsNullOrEmpty(header.Author)) events.Message(MessageLevel.Normal, $"Author: {header.Author}");
        if (!string.IsNullOrEmpty(header.Email)) events.Message(MessageLevel.Normal, $"E-Mail: {header.Email}");
        if (!string.IsNullOrEmpty(header.Abstract)) events.Message(MessageLevel.Normal, header.Abstract);
    }

    public void EntryStarted(EntryInfo entry, int position, int steps)
    {
    }

    public void EntryDeclared(EntryInfo entry, IReadOnlyList<string> require, IReadOnlyList<string> provide, bool isContainer) =>
        events.Message(MessageLevel.Normal, isContainer ? entry.DisplayName : $"{entry.DisplayName}  require: {KeyList(require)}  provide: {KeyList(provide)}");

    // An empty list reads as a missing value; "-" says there is none.
    private static string KeyList(IReadOnlyList<string> keys) => keys.Count == 0 ? "-" : string.Join(", ", keys);

    public void WorkAdvanced(EntryInfo entry, int done, int total)
    {
    }

    public void EntryFinished(EntryInfo entry, TaskOutcome outcome, TimeSpan elapsed)
    {
    }

    public void PipelineFinished(PipelineResult result, string profilePath)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        events.Message(MessageLevel.Normal, result.Succeeded ? $"Successfully finished in {seconds} seconds." : $"Failed in {seconds} seconds.");
        var outcome = !result.Succeeded ? "failed" : result.StoppedByTask ? "stopped by a task" : "succeeded";
        events.Message(MessageLevel.Summary, $"Tasker pipeline '{result.Name}': {result.TasksRun} {(result.TasksRun == 1 ? "task" : "tasks")} run, {outcome} in {seconds} s ({profilePath}){(result.Work.UsedCache ? $"; work: {result.Work}" : string.Empty)}.");
    }
}
