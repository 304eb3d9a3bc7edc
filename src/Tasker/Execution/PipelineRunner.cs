using System.Diagnostics;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution.Containers;
using Tasker.Hosting;
using Tasker.Launching;
using Tasker.Profiles;
using Tasker.Profiles.Values;
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
        var run = new RunState { Failed = true };
        var progress = options.Progress ?? new MessagePipelineProgress(events);
        using var recording = ProfileFileTracker.Begin();
        using var pipelineLimit = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        if (options.Timeout is { } timeout)
        {
            pipelineLimit.CancelAfter(timeout);
        }

        using (ConsoleRouter.Route(events))
        using (EnvironmentScope.Begin())
        {
            try
            {
                var profile = Load(options.ProfilePath, events);
                if (profile is not null)
                {
                    name = profile.Header.Name ?? name;
                    Execute(profile, options, pipelineLimit.Token, progress, run);
                }
            }
            catch (DiagnosticException exception)
            {
                events.Report(exception.Diagnostic);
                run.Failed = true;
            }
        }

        var result = new PipelineResult(name, !run.Failed, run.Stopped, run.TasksRun, stopwatch.Elapsed, recording.Snapshot());
        progress.PipelineFinished(result, options.ProfilePath);
        return result;
    }

    /// <summary>Reads and checks a launcher profile; returns <see langword="null"/> after reporting its errors.</summary>
    internal static LauncherProfile? Load(string profilePath, IPipelineEvents events)
    {
        var diagnostics = new List<Diagnostic>();
        var profile = PipelineChecker.Load(profilePath, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            events.Report(diagnostic);
        }

        return profile;
    }

    private static void Execute(LauncherProfile profile, PipelineOptions options, CancellationToken pipelineToken, IPipelineProgress progress, RunState run)
    {
        var events = options.Events;
        var plan = PlanOrReport(profile, options, firstIndex: 0);
        if (plan is null)
        {
            return;
        }

        var backend = StorageFactory.Create(profile.Settings, new StorageContext(profile.File, options.StateDirectory));
        if (!ValidateOrReport(plan, backend.KeysAtStart, options))
        {
            return;
        }

        progress.PipelineStarted(profile.Header, plan.Count);
        for (var position = 0; position < plan.Count; position++)
        {
            var step = plan[position];
            var entry = step.Entry;
            run.TasksRun++;
            TaskOutcome outcome;
            try
            {
                outcome = RunStepWithinLimits(step, new StepPosition(position + 1, plan.Count, progress), profile, backend, options, pipelineToken);
            }
            catch (DiagnosticException exception)
            {
                events.Report(exception.Diagnostic);
                return;
            }

            if (outcome.Failed)
            {
                return;
            }

            if (outcome.State.HasFlag(Return.Exit))
            {
                events.Message(MessageLevel.Normal, "Stopped by task.");
                run.Failed = false;
                run.Stopped = true;
                return;
            }

            if (outcome.State.HasFlag(Return.Reload))
            {
                events.Message(MessageLevel.Detail, $"Reloading {profile.File} after {entry.DisplayName}.");
                var reloaded = Load(profile.File, events);
                var rest = reloaded is null ? null : PlanOrReport(reloaded, options, firstIndex: entry.Index + 1);
                if (reloaded is null || rest is null || !ValidateOrReport(rest, backend.Keys, options))
                {
                    return;
                }

                profile = reloaded;
                plan = rest;
                position = -1;
            }
        }

        run.Failed = false;
    }

    /// <summary>
    /// Runs a step under the entry's timeout and the pipeline's token. A task that does not stop within the grace
    /// period after cancellation is abandoned, so a cancelled build ends promptly.
    /// </summary>
    private static TaskOutcome RunStepWithinLimits(PlannedTask step, StepPosition position, LauncherProfile profile, IStorageBackend backend, PipelineOptions options, CancellationToken pipelineToken)
    {
        var entry = step.Entry;
        using var entryLimit = CancellationTokenSource.CreateLinkedTokenSource(pipelineToken);
        if (entry.Timeout is { } timeout)
        {
            entryLimit.CancelAfter(timeout);
        }

        // Failed unless the step returns: an exception still ends the entry, as failed.
        var outcome = new TaskOutcome(Return.Error, Failed: true);
        var started = Stopwatch.GetTimestamp();
        position.Progress.EntryStarted(entry, position.Position, position.Steps);
        try
        {
            outcome = CancellableRun.Run(() => RunStep(step, position, profile, backend, options, entryLimit.Token), entryLimit.Token, options.CancellationGracePeriod);
            return outcome;
        }
        catch (OperationCanceledException exception) when (entryLimit.IsCancellationRequested)
        {
            var abandoned = exception is TaskAbandonedException
                ? $" It did not stop within {options.CancellationGracePeriod.TotalSeconds:0.#} s of being cancelled and was abandoned."
                : string.Empty;
            if (options.CancellationToken.IsCancellationRequested)
            {
                options.Events.Report(Diagnostic.Error(DiagnosticCodes.PipelineCancelled, entry.Location, $"The build was cancelled while {entry.DisplayName} was running.{abandoned}"));
            }
            else if (pipelineToken.IsCancellationRequested)
            {
                options.Events.Report(Diagnostic.Error(DiagnosticCodes.PipelineTimedOut, entry.Location, $"The pipeline ran longer than its time limit ({options.Timeout?.TotalSeconds:0.###} s) while {entry.DisplayName} was running. Raise TaskerTimeout or make the pipeline faster.{abandoned}"));
            }
            else
            {
                options.Events.Report(Diagnostic.Error(DiagnosticCodes.EntryTimedOut, entry.Location, $"{entry.DisplayName} ran longer than its timeout ({entry.Timeout?.TotalSeconds:0.###} s). Raise 'timeout' on its [[__meta__]] entry or make the task faster.{abandoned}"));
            }

            return outcome;
        }
        finally
        {
            position.Progress.EntryFinished(entry, outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    private static TaskOutcome RunStep(PlannedTask step, StepPosition position, LauncherProfile profile, IStorageBackend backend, PipelineOptions options, CancellationToken cancellationToken)
    {
        var entry = step.Entry;
        var settings = profile.Settings;
        var task = step.Activator.Create(entry.Location);
        if (task is IContainerTask container)
        {
            position.Progress.EntryDeclared(entry, [], [], isContainer: true);
            var source = new ContainerSource(entry, step.TaskTable, profile, options.Catalog);
            using (PipelineContext.Enter(cancellationToken))
            {
                return container.Run(new ContainerContext(source, backend, options.Events, settings.MinimumLogLevel, cancellationToken) { Progress = position.Progress });
            }
        }

        // Typed values resolve now, not at load: $E sees what earlier tasks set, and skipped entries resolve nothing.
        var profileTable = new Profile(ValueEvaluator.Resolve(step.TaskTable, options.Catalog));
        var (require, provide, remove) = TaskInvoker.Declarations(task, profileTable, entry.DisplayName, entry.Location);
        position.Progress.EntryDeclared(entry, require, provide, isContainer: false);

        var storage = new TaskStorageView(backend, entry.DisplayName, entry.Location, require, provide, remove);
        var invocation = new TaskInvocation(task, entry.DisplayName, entry.Location, profileTable, storage, backend, entry.MaxRetries, settings.MinimumLogLevel);
        using (PipelineContext.Enter(cancellationToken))
        {
            return TaskInvoker.Invoke(invocation, options.Events, cancellationToken);
        }
    }

    private static IReadOnlyList<PlannedTask>? PlanOrReport(LauncherProfile profile, PipelineOptions options, int firstIndex)
    {
        var diagnostics = new List<Diagnostic>();
        var plan = PipelineChecker.Validate(profile, options.Catalog, firstIndex, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            options.Events.Report(diagnostic);
        }

        return diagnostics.Any(diagnostic => diagnostic.IsError) ? null : plan;
    }

    /// <summary>The check before anything runs (values, schemas, dataflow); reports what it finds, true when nothing is an error.</summary>
    private static bool ValidateOrReport(IReadOnlyList<PlannedTask> plan, IEnumerable<string> keysAtStart, PipelineOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        PlanValidator.Validate(plan, options.Catalog, keysAtStart, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            options.Events.Report(diagnostic);
        }

        return !diagnostics.Any(diagnostic => diagnostic.IsError);
    }
}
