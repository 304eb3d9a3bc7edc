using System.Globalization;
using Tasker.Events;

namespace Tasker.MSBuild.Logging;

/// <summary>
/// How a build shows a pipeline, whether it runs in the MSBuild node or in the host: as build messages, the header,
/// one banner per task with its storage keys, and the result. Per-branch progress is not logged: it would be one
/// line per branch.
/// </summary>
/// <param name="warningTreatedAsError">
/// Asked when the pipeline ends: whether the build turned one of its warnings into an error, which fails the build
/// even though every task succeeded.
/// </param>
internal sealed class MSBuildPipelineProgress(IPipelineEvents events, Func<bool>? warningTreatedAsError = null) : IPipelineProgress
{
    public void PipelineStarted(PipelineHeader header, int steps)
    {
        if (header.Name is null && header.Author is null && header.Email is null && header.Abstract is null)
        {
            return;
        }

        events.Message(MessageLevel.Normal, header.Version is null ? header.Name ?? string.Empty : $"{header.Name} ({header.Version})");
        if (header.Author is { Length: > 0 } author) events.Message(MessageLevel.Normal, $"Author: {author}");
        if (header.Email is { Length: > 0 } email) events.Message(MessageLevel.Normal, $"E-Mail: {email}");
        if (header.Abstract is { Length: > 0 } summary) events.Message(MessageLevel.Normal, summary);
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
        var warningFailedBuild = warningTreatedAsError?.Invoke() == true;
        var outcome = !result.Succeeded ? "failed"
            : warningFailedBuild ? "failed (a warning was treated as an error)"
            : result.StoppedByTask ? "stopped by a task"
            : "succeeded";
        events.Message(MessageLevel.Summary, $"Tasker pipeline '{result.Name}': {result.TasksRun} {(result.TasksRun == 1 ? "task" : "tasks")} run, {(result.EntriesNotSelected > 0 ? $"{result.EntriesNotSelected} skipped (not selected), " : string.Empty)}{outcome} in {seconds} s ({profilePath}){(result.Work.UsedCache ? $"; work: {result.Work}" : string.Empty)}.");
    }
}
