using System.Diagnostics;
using System.Globalization;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Hosting;
using Tasker.Launching;
using Tasker.Profiles;
using Tasker.Storage;

namespace Tasker.Execution;

/// <summary>
/// Runs one launcher profile: reads and checks it, plans every entry, then invokes the tasks in order.
/// Nothing runs unless the whole profile is valid.
/// </summary>
internal static class PipelineRunner
{
    public static PipelineResult Run(PipelineOptions options)
    {
        var events = options.Events;
        var stopwatch = Stopwatch.StartNew();
        var name = Path.GetFileNameWithoutExtension(options.ProfilePath);
        var tasksRun = 0;
        var stopped = false;
        var failed = true;
        using (ConsoleRouter.Route(events))
        {
            try
            {
                var profile = Load(options.ProfilePath, events);
                if (profile is not null)
                {
                    name = profile.Header.Name ?? name;
                    (failed, stopped, tasksRun) = Execute(profile, options);
                }
            }
            catch (DiagnosticException exception)
            {
                events.Report(exception.Diagnostic);
            }
        }

        var elapsed = stopwatch.Elapsed;
        var seconds = elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        events.Message(MessageLevel.Normal, failed ? $"Failed in {seconds} seconds." : $"Successfully finished in {seconds} seconds.");
        var outcome = failed ? "failed" : stopped ? "stopped by a task" : "succeeded";
        events.Message(MessageLevel.Summary, $"Tasker pipeline '{name}': {tasksRun} {(tasksRun == 1 ? "task" : "tasks")} run, {outcome} in {seconds} s ({options.ProfilePath}).");
        return new PipelineResult(name, !failed, stopped, tasksRun, elapsed);
    }

    /// <summary>Reads and checks a launcher profile; returns <see langword="null"/> after reporting its errors.</summary>
    internal static LauncherProfile? Load(string profilePath, IPipelineEvents events)
    {
        var root = TomlProfileReader.ReadFile(profilePath);
        var diagnostics = new List<Diagnostic>();
        var profile = LauncherProfileReader.Read(root, profilePath, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            events.Report(diagnostic);
        }

        return profile;
    }

    private static (bool Failed, bool Stopped, int TasksRun) Execute(LauncherProfile profile, PipelineOptions options)
    {
        var events = options.Events;
        var plan = PlanOrReport(profile, options, firstIndex: 0);
        if (plan is null)
        {
            return (true, false, 0);
        }

        ReportHeader(profile.Header, events);
        var backend = StorageFactory.Create(profile.Settings, new StorageContext(profile.File, options.StateDirectory));
        var tasksRun = 0;
        for (var position = 0; position < plan.Count; position++)
        {
            options.CancellationToken.ThrowIfCancellationRequested();
            var step = plan[position];
            var entry = step.Entry;
            tasksRun++;
            TaskOutcome outcome;
            try
            {
                outcome = RunStep(step, backend, profile.Settings, options);
            }
            catch (DiagnosticException exception)
            {
                events.Report(exception.Diagnostic);
                return (true, false, tasksRun);
            }

            if (outcome.Failed)
            {
                return (true, false, tasksRun);
            }

            if (outcome.State.HasFlag(Return.Exit))
            {
                events.Message(MessageLevel.Normal, "Stopped by task.");
                return (false, true, tasksRun);
            }

            if (outcome.State.HasFlag(Return.Reload))
            {
                events.Message(MessageLevel.Detail, $"Reloading {profile.File} after {entry.DisplayName}.");
                var reloaded = Load(profile.File, events);
                var rest = reloaded is null ? null : PlanOrReport(reloaded, options, firstIndex: entry.Index + 1);
                if (reloaded is null || rest is null)
                {
                    return (true, false, tasksRun);
                }

                profile = reloaded;
                plan = rest;
                position = -1;
            }
        }

        return (false, false, tasksRun);
    }

    private static TaskOutcome RunStep(PlannedTask step, IStorageBackend backend, LauncherSettings settings, PipelineOptions options)
    {
        var entry = step.Entry;
        var task = TaskInvoker.Create(step.TaskType, entry.Location);
        var (require, provide, remove) = TaskInvoker.Declarations(task, entry.DisplayName, entry.Location);
        options.Events.Message(MessageLevel.Normal, $"{entry.DisplayName}  require: {string.Join(", ", require)}  provide: {string.Join(", ", provide)}");

        var storage = new TaskStorageView(backend, entry.DisplayName, entry.Location, require, provide, remove);
        var invocation = new TaskInvocation(task, entry.DisplayName, entry.Location, new Profile(step.TaskTable), storage, backend, entry.MaxRetries, settings.MinimumLogLevel);
        return TaskInvoker.Invoke(invocation, options.Events, options.CancellationToken);
    }

    private static IReadOnlyList<PlannedTask>? PlanOrReport(LauncherProfile profile, PipelineOptions options, int firstIndex)
    {
        var diagnostics = new List<Diagnostic>();
        var plan = PipelinePlanner.Plan(profile, options.Catalog, diagnostics, firstIndex);
        if (!StorageFactory.IsKnown(profile.Settings.StorageReference))
        {
            diagnostics.Add(StorageFactory.UnknownStorage(profile.Settings));
        }

        foreach (var diagnostic in diagnostics)
        {
            options.Events.Report(diagnostic);
        }

        return diagnostics.Any(diagnostic => diagnostic.IsError) ? null : plan;
    }

    private static void ReportHeader(LauncherHeader header, IPipelineEvents events)
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
}
