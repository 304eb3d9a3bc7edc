using System.Diagnostics;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Launcher;
using Tasker.Planning;
using Tasker.Profiles;
using Tasker.Profiles.Values;
using Tasker.Storage;
using Tasker.TaskLookup;

namespace Tasker.Execution;

/// <summary>
/// Runs one launcher profile: reads and checks it, plans every entry, then invokes the tasks in order.
/// Nothing runs unless the whole profile is valid.
/// </summary>
internal static class PipelineRunner
{
    public static PipelineResult Run(PipelineOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var name = Path.GetFileNameWithoutExtension(options.ProfilePath);
        var run = new RunState { Failed = true };
        var progress = options.Progress ?? new MessagePipelineProgress(options.Events);
        var output = new PipelineOutputGate(options.Events, progress);
        var gated = options with { Events = output, Progress = output };
        var abandoned = false;
        using var recording = ProfileFileTracker.Begin();
        using var pipelineLimit = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        if (options.Timeout is { } timeout)
        {
            pipelineLimit.CancelAfter(timeout);
        }

        using (ConsoleRouter.Route(output))
        using (EnvironmentScope.Begin())
        {
            try
            {
                var profile = Load(options.ProfilePath, output);
                if (profile is not null)
                {
                    name = profile.Header.Name ?? name;
                    abandoned = ExecuteWatched(profile, gated, options.Events, pipelineLimit.Token, output, run);
                }
            }
            catch (DiagnosticException exception)
            {
                output.Report(exception.Diagnostic);
                run.Failed = true;
            }
        }

        // An abandoned task's thread may still change the run state: the pipeline has failed whatever it does.
        var result = new PipelineResult(name, !abandoned && !run.Failed, !abandoned && run.Stopped, run.TasksRun, stopwatch.Elapsed, recording.Snapshot());
        progress.PipelineFinished(result, options.ProfilePath);
        return result;
    }

    /// <summary>
    /// Runs the steps on a step thread while this thread watches them, so that a task that does not stop within
    /// the grace period of its cancellation is abandoned and the host gets its answer promptly. Returns whether a
    /// task was abandoned (its diagnostic is reported, and nothing the abandoned thread reports later is).
    /// </summary>
    private static bool ExecuteWatched(LauncherProfile profile, PipelineOptions options, IPipelineEvents ungatedEvents, CancellationToken pipelineToken, PipelineOutputGate output, RunState run)
    {
        if (!pipelineToken.CanBeCanceled)
        {
            Execute(profile, options, pipelineToken, output, run, watch: null);
            return false;
        }

        var watch = new StepWatch();
        var steps = StepThread.Start(() => Execute(profile, options, pipelineToken, output, run, watch));
        if (watch.WaitUntilDone(steps, options.CancellationGracePeriod) is { } entry)
        {
            output.Close();
            ReportStopped(entry, ungatedEvents, options, pipelineToken, abandoned: true);
            return true;
        }

        steps.ThrowIfFailed();
        return false;
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

    private static void Execute(LauncherProfile profile, PipelineOptions options, CancellationToken pipelineToken, IPipelineProgress progress, RunState run, StepWatch? watch)
    {
        var events = options.Events;
        var plan = PlanOrReport(profile, options, firstIndex: 0);
        if (plan is null)
        {
            return;
        }

        var backend = StorageFactory.Create(profile.Settings.Storage, new StorageContext(profile.File, options.StateDirectory));
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
                outcome = RunStepWithinLimits(step, new StepPosition(position + 1, plan.Count, progress), profile, backend, options, pipelineToken, watch);
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
    /// <summary>
    /// Runs a step under the entry's timeout and the pipeline's token, on the current (step) thread. A task that
    /// stops when cancelled ends here with its diagnostic; one that does not is abandoned by the watcher.
    /// </summary>
    private static TaskOutcome RunStepWithinLimits(PlannedTask step, StepPosition position, LauncherProfile profile, IStorageBackend backend, PipelineOptions options, CancellationToken pipelineToken, StepWatch? watch)
    {
        var entry = step.Entry;

        // Only an entry with its own timeout needs a token of its own; the others share the pipeline's.
        using var entryLimit = entry.Timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(pipelineToken);
        entryLimit?.CancelAfter(entry.Timeout!.Value);
        var entryToken = entryLimit?.Token ?? pipelineToken;

        // Failed unless the step returns: an exception still ends the entry, as failed.
        var outcome = new TaskOutcome(Return.Error, Failed: true);
        var started = Stopwatch.GetTimestamp();
        position.Progress.EntryStarted(entry.Info, position.Position, position.Steps);
        try
        {
            using (watch?.Enter(entry, entryToken))
            {
                outcome = RunStep(step, position, profile, backend, options, entryToken);
            }

            if (entryToken.IsCancellationRequested && !outcome.Failed)
            {
                // Returned, but only after its time ran out or the build was cancelled: the pipeline stops here.
                ReportStopped(entry, options.Events, options, pipelineToken, abandoned: false);
                outcome = new TaskOutcome(Return.Error, Failed: true);
            }

            return outcome;
        }
        catch (OperationCanceledException) when (entryToken.IsCancellationRequested)
        {
            ReportStopped(entry, options.Events, options, pipelineToken, abandoned: false);
            return outcome;
        }
        finally
        {
            position.Progress.EntryFinished(entry.Info, outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>Says why a running entry was stopped: the build was cancelled, the pipeline or the entry ran out of time.</summary>
    private static void ReportStopped(MetaEntry entry, IPipelineEvents events, PipelineOptions options, CancellationToken pipelineToken, bool abandoned)
    {
        var suffix = abandoned
            ? $" It did not stop within {options.CancellationGracePeriod.TotalSeconds:0.#} s of being cancelled and was abandoned."
            : string.Empty;
        if (options.CancellationToken.IsCancellationRequested)
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.PipelineCancelled, entry.Location, $"The build was cancelled while {entry.DisplayName} was running.{suffix}"));
        }
        else if (pipelineToken.IsCancellationRequested)
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.PipelineTimedOut, entry.Location, $"The pipeline ran longer than its time limit ({options.Timeout?.TotalSeconds:0.###} s) while {entry.DisplayName} was running. Raise TaskerTimeout or make the pipeline faster.{suffix}"));
        }
        else
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.EntryTimedOut, entry.Location, $"{entry.DisplayName} ran longer than its timeout ({entry.Timeout?.TotalSeconds:0.###} s). Raise 'timeout' on its [[__meta__]] entry or make the task faster.{suffix}"));
        }
    }

    private static TaskOutcome RunStep(PlannedTask step, StepPosition position, LauncherProfile profile, IStorageBackend backend, PipelineOptions options, CancellationToken cancellationToken)
    {
        var entry = step.Entry;
        var settings = profile.Settings;
        var task = step.Activator.Create(entry.Location);
        if (task is IContainerRun container)
        {
            position.Progress.EntryDeclared(entry.Info, [], [], isContainer: true);
            var source = new ContainerSource(entry, step.TaskTable, profile, options.Catalog);
            using (PipelineContext.Enter(cancellationToken))
            {
                return container.Run(new ContainerContext(source, backend, options.Events, settings.MinimumLogLevel, cancellationToken) { Progress = position.Progress });
            }
        }

        // Typed values resolve now, not at load: $E sees what earlier tasks set, and skipped entries resolve nothing.
        var profileTable = new Profile(ValueEvaluator.Resolve(step.TaskTable, options.Catalog));
        var (require, provide, remove) = TaskCreation.Declarations(task, profileTable, entry.DisplayName, entry.Location);
        position.Progress.EntryDeclared(entry.Info, require, provide, isContainer: false);

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
