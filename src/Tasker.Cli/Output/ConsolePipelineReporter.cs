using System.Globalization;
using Tasker.Cli.Ci;
using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.Cli.Output;

/// <summary>
/// Renders a running pipeline on the console as the Python launcher did: the header between rules, a banner per
/// task with its storage keys, the task's own output, the task's time and state, and the result. Diagnostics go
/// to standard error in the build's form; a live progress line runs underneath on a terminal.
/// </summary>
internal sealed class ConsolePipelineReporter(ConsoleOutput output) : IPipelineEvents, IPipelineProgress, IDisposable
{
    private const string Rule = "--------------------";
    private const string Opening = "------------------->";
    private const string Closing = "<-------------------";

    private readonly ProgressLine _progress = new(output);
    private readonly List<EntryRecord> _entries = [];
    private int _errors;

    /// <summary>Whether any error was reported, before or while running.</summary>
    public bool ReportedErrors => Volatile.Read(ref _errors) > 0;

    private Palette Palette => output.Palette;

    public void Report(Diagnostic diagnostic)
    {
        if (diagnostic.IsError)
        {
            Interlocked.Increment(ref _errors);
        }

        DiagnosticFormat.Write(output, diagnostic);
    }

    public void Message(MessageLevel level, string text)
    {
        var shown = level switch
        {
            MessageLevel.Detail => output.Verbosity.ShowsDetail,
            MessageLevel.Normal => output.Verbosity.ShowsNormal,
            _ => true,
        };
        if (shown)
        {
            output.Line(level == MessageLevel.Detail ? Palette.Paint(Palette.Detail, text) : text);
        }
    }

    public void PipelineStarted(PipelineHeader header, int steps)
    {
        // Like the Python launcher: a profile without a header starts with its first task.
        if (!output.Verbosity.ShowsNormal || (header.Name is null && header.Author is null && header.Email is null && header.Abstract is null))
        {
            return;
        }

        output.Line(Rule);
        var title = header.Name ?? string.Empty;
        output.Line(Palette.Paint(Palette.Heading, header.Version is null ? title : $"{title} ({header.Version})"));
        if (!string.IsNullOrEmpty(header.Author)) output.Line($"Author: {header.Author}");
        if (!string.IsNullOrEmpty(header.Email)) output.Line($"E-Mail: {header.Email}");
        if (!string.IsNullOrEmpty(header.Abstract)) output.Line(header.Abstract);
        output.Line(Rule);
    }

    public void EntryStarted(EntryInfo entry, int position, int steps)
    {
        var step = $"[{position}/{steps}] {entry.DisplayName}";
        if (output.Verbosity.ShowsNormal)
        {
            output.Line();
            output.Line(Palette.Paint(Palette.Task, step));
        }

        _progress.StepStarted(step);
        output.Ci.StartGroup(step);
    }

    public void EntryDeclared(EntryInfo entry, IReadOnlyList<string> require, IReadOnlyList<string> provide, bool isContainer)
    {
        if (!output.Verbosity.ShowsNormal)
        {
            return;
        }

        if (!isContainer)
        {
            output.Line(Palette.Paint(Palette.Detail, $"require: {string.Join(", ", require)}"));
            output.Line(Palette.Paint(Palette.Detail, $"provide: {string.Join(", ", provide)}"));
        }

        output.Line(Opening);
    }

    public void WorkAdvanced(EntryInfo entry, int done, int total) => _progress.Advanced(done, total);

    public void EntryFinished(EntryInfo entry, TaskOutcome outcome, TimeSpan elapsed)
    {
        _progress.StepFinished();
        output.Ci.EndGroup();
        lock (_entries)
        {
            _entries.Add(new EntryRecord(_entries.Count + 1, entry.DisplayName, outcome.Failed ? "failed" : outcome.State.ToString(), elapsed));
        }

        if (!output.Verbosity.ShowsNormal)
        {
            return;
        }

        var state = outcome.Failed
            ? Palette.Paint(Palette.Failure, "failed")
            : Palette.Paint(Palette.Success, outcome.State == Return.Success ? "Success" : outcome.State.ToString());
        output.Line($"{Closing} {state} {Palette.Paint(Palette.Detail, $"in {Seconds(elapsed)} s")}");
    }

    public void PipelineFinished(PipelineResult result, string profilePath)
    {
        var seconds = Seconds(result.Elapsed);
        var line = result.Succeeded
            ? Palette.Paint(Palette.Success, $"Successfully finished in {seconds} seconds.")
            : Palette.Paint(Palette.Failure, $"Failed in {seconds} seconds.");
        output.Line(line + Palette.Paint(Palette.Detail, $" ({result.TasksRun} {(result.TasksRun == 1 ? "task" : "tasks")} run{(result.EntriesNotSelected > 0 ? $", {result.EntriesNotSelected} skipped (not selected)" : string.Empty)}{(result.StoppedByTask ? ", stopped by a task" : string.Empty)}{(result.Work.UsedCache ? $"; work: {result.Work}" : string.Empty)})"));
        lock (_entries)
        {
            output.Ci.Summarize(profilePath, result, _entries);
        }
    }

    public void Dispose() => _progress.Dispose();

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
