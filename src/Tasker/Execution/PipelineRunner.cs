using System.Diagnostics;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Launcher;
using Tasker.Planning;
using Tasker.Profiles;
using Tasker.Profiles.Values;
using Tasker.Requests;
using Tasker.Storage;
using Tasker.TaskLookup;

namespace Tasker.Execution;

/// <summary>
/// Runs one launcher profile: reads and checks it, plans every entry, then invokes the tasks in order.
/// Nothing runs unless the whole profile is valid.
/// </summary>
internal static class PipelineRunner
{
    public static PipelineResult Run(PipelineOptions options, TaskCatalog catalog)
    {
        var stopwatch = Stopwatch.StartNew();

        // Secrets already in the environment (a CI token) are masked from the first message on.
        SecretValues.AddNames(string.Join(';', options.SecretNames));
        SecretValues.ObserveEnvironment();
        options = options with { Events = new MaskingPipelineEvents(options.Events) };
        var name = Path.GetFileNameWithoutExtension(options.ProfilePath);
        var run = new RunState { Failed = true };
        var progress = options.Progress ?? SilentPipelineProgress.Instance;
        var output = new PipelineOutputGate(options.Events, progress);
        var gated = options with { Events = output, Progress = output };
        var abandoned = false;
        using var recording = ProfileDependencyTracker.Begin();
        using var pipelineLimit = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        if (options.Timeout is { } timeout)
        {
            pipelineLimit.CancelAfter(timeout);
        }

        using (PipelineContext.EnterBuild(options.Build))
        using (WorkingDirectoryScope.Enter(options.Build))
        using (ConsoleRouter.Route(output))
        using (EnvironmentScope.Begin())
        {
            try
            {
                var profile = Load(options.ProfilePath, output);
                if (profile is not null)
                {
                    name = profile.Header.Name ?? name;
                    abandoned = ExecuteWatched(profile, gated, catalog, options.Events, pipelineLimit.Token, output, run);
                }
            }
            catch (DiagnosticException exception)
            {
                output.Report(exception.Diagnostic);
                run.Failed = true;
            }
        }

        // An abandoned task's thread may still change the run state: the pipeline has failed whatever it does.
        var result = new PipelineResult(name, !abandoned && !run.Failed, !abandoned && run.Stopped, run.TasksRun, stopwatch.Elapsed, recording.Snapshot())
        {
            EnvironmentVariables = recording.EnvironmentSnapshot(),
            EntriesNotSelected = run.NotSelected,
            Work = run.Counts,
            DeclaredInputs = recording.DeclaredInputsSnapshot(),
            DeclaredOutputs = recording.DeclaredOutputsSnapshot(),
        };
        progress.PipelineFinished(result, options.ProfilePath);
        return result;
    }

    /// <summary>
    /// Runs the steps on a step thread while this thread watches them, so that a task that does not stop within
    /// the grace period of its cancellation is abandoned and the host gets its answer promptly. Returns whether a
    /// task was abandoned (its diagnostic is reported, and nothing the abandoned thread reports later is).
    /// </summary>
    private static bool ExecuteWatched(LauncherProfile profile, PipelineOptions options, TaskCatalog catalog, IPipelineEvents ungatedEvents, CancellationToken pipelineToken, PipelineOutputGate output, RunState run)
    {
        if (!pipelineToken.CanBeCanceled)
        {
            Execute(profile, options, catalog, pipelineToken, output, run, watch: null);
            return false;
        }

        var watch = new StepWatch();
        var steps = StepThread.Start(() => Execute(profile, options, catalog, pipelineToken, output, run, watch));
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
    internal static LauncherProfile? Load(string profilePath, IPipelineEvents events) =>
        Reported(events, diagnostics => PlanBuilder.ReadProfile(profilePath, diagnostics));

    private static void Execute(LauncherProfile profile, PipelineOptions options, TaskCatalog catalog, CancellationToken pipelineToken, IPipelineProgress progress, RunState run, StepWatch? watch)
    {
        var events = options.Events;
        var plan = Reported(events, diagnostics => PlanBuilder.Build(profile, catalog, new StorageContext(profile.File, options.StateDirectory), diagnostics, options.Selection));
        if (plan is null)
        {
            return;
        }

        var backend = plan.Storage;
        var cache = CacheSession.Open(options, events);
        progress.PipelineStarted(profile.Header, plan.Steps.Count(step => step.Selected));
        try
        {
            RunSteps(plan, options, catalog, pipelineToken, progress, run, watch, cache);
        }
        finally
        {
            cache.Finish();

            // A persistent storage always leaves the record of the run it ended with, whatever the outcome.
            if (!DumpAtEnd(backend, profile, events))
            {
                run.Failed = true;
            }
        }
    }

    private static void RunSteps(ValidatedPlan plan, PipelineOptions options, TaskCatalog catalog, CancellationToken pipelineToken, IPipelineProgress progress, RunState run, StepWatch? watch, CacheSession cache)
    {
        var started = 0;
        try
        {
            RunSteps(plan, options, catalog, pipelineToken, progress, run, watch, cache, ref started);
        }
        finally
        {
            // The entries a failure or an exit kept from starting count as skipped.
            run.CountSkipped(Math.Max(0, started));
        }
    }

    private static void RunSteps(ValidatedPlan plan, PipelineOptions options, TaskCatalog catalog, CancellationToken pipelineToken, IPipelineProgress progress, RunState run, StepWatch? watch, CacheSession cache, ref int notStarted)
    {
        var events = options.Events;
        var backend = plan.Storage;
        var reloadRetries = new Dictionary<int, int>();
        var selected = plan.Steps.Count(step => step.Selected);
        var number = 0;
        for (var position = 0; position < plan.Steps.Count; position++)
        {
            var step = plan.Steps[position];
            var entry = step.Entry;
            if (!step.Selected)
            {
                NotSelectedEntry.Pass(step, events, run, () => RestoreNotSelected(step, plan.Profile, backend, catalog, cache));
                continue;
            }

            notStarted = selected - number;
            if (cache.Partition is not null && typeof(IGatheringContainer).IsAssignableFrom(step.TaskType))
            {
                // A reduce needs every branch, and this machine ran only its share: the gathering run reduces.
                events.Message(MessageLevel.Normal, $"Partition {cache.Partition}: stopping before {entry.DisplayName}; a reduce needs every share's branches, so the run that gathers the partitions does it.");
                run.Failed = false;
                return;
            }

            run.TasksRun++;
            number++;
            notStarted--;
            TaskOutcome outcome;
            try
            {
                outcome = RunStepWithinLimits(step, new StepPosition(number, selected, progress), plan.Profile, backend, options, catalog, pipelineToken, watch, new StepCaching(cache, run));
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
                // Reload | Retry (as in the Python version): read the profile again, then invoke this entry again on a new
                // instance, at most max_retries times; Reload alone goes on with the next entry.
                var again = outcome.State.HasFlag(Return.Retry);
                if (again && !CountReloadRetry(entry, reloadRetries, events))
                {
                    return;
                }

                events.Message(MessageLevel.Detail, again
                    ? $"Reloading {plan.Profile.File} and invoking {entry.DisplayName} again."
                    : $"Reloading {plan.Profile.File} after {entry.DisplayName}.");
                var reloaded = Load(plan.Profile.File, events);
                var firstIndex = again ? entry.Index : entry.Index + 1;
                var rest = reloaded is null ? null : Reported(events, diagnostics => PlanBuilder.Continue(reloaded, catalog, backend, firstIndex, diagnostics, options.Selection));
                if (rest is null)
                {
                    return;
                }

                plan = rest;
                position = -1;
                selected = plan.Steps.Count(step => step.Selected);
                number = 0;
            }
        }

        notStarted = 0;
        run.Failed = false;
    }

    private static bool CountReloadRetry(MetaEntry entry, Dictionary<int, int> reloadRetries, IPipelineEvents events)
    {
        var count = reloadRetries.GetValueOrDefault(entry.Index) + 1;
        if (count > entry.MaxRetries)
        {
            events.Report(Diagnostic.Error(
                DiagnosticCodes.RetriesExhausted,
                entry.Location,
                $"Task {entry.DisplayName} still asked for a reload and retry after {entry.MaxRetries} {(entry.MaxRetries == 1 ? "retry" : "retries")}. Raise 'max_retries' on its [[__meta__]] entry or make the task return without Retry."));
            return false;
        }

        reloadRetries[entry.Index] = count;
        return true;
    }

    private static bool DumpAtEnd(IStorageBackend backend, LauncherProfile profile, IPipelineEvents events)
    {
        try
        {
            backend.Dump();
            return true;
        }
        catch (StorageValueException exception)
        {
            events.Report(exception.AtEndOfRun(profile.Settings.Storage.Location));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DiagnosticException)
        {
            events.Report(exception is DiagnosticException { Diagnostic: var diagnostic } ? diagnostic : Diagnostic.Error(
                DiagnosticCodes.StoragePersistenceFailed,
                profile.Settings.Storage.Location,
                $"The storage could not be written at the end of the run: {exception.Message}"));
        }

        return false;
    }

    /// <summary>Reports what building a plan found, in the order found.</summary>
    private static T? Reported<T>(IPipelineEvents events, Func<ICollection<Diagnostic>, T?> build)
        where T : class
    {
        var diagnostics = new List<Diagnostic>();
        var built = build(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            events.Report(diagnostic);
        }

        return built;
    }

    /// <summary>
    /// Runs a step under the entry's timeout and the pipeline's token. A task that does not stop within the grace
    /// period after cancellation is abandoned, so a cancelled build ends promptly.
    /// </summary>
    /// <summary>
    /// Runs a step under the entry's timeout and the pipeline's token, on the current (step) thread. A task that
    /// stops when cancelled ends here with its diagnostic; one that does not is abandoned by the watcher.
    /// </summary>
    private static TaskOutcome RunStepWithinLimits(ValidatedStep step, StepPosition position, LauncherProfile profile, IStorageBackend backend, PipelineOptions options, TaskCatalog catalog, CancellationToken pipelineToken, StepWatch? watch, StepCaching caching)
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
                outcome = RunStep(step, position, profile, backend, options, catalog, entryToken, caching);
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
            events.Report(Diagnostic.Error(DiagnosticCodes.PipelineCancelled, entry.Location, $"The pipeline was cancelled while {entry.DisplayName} was running.{suffix}"));
        }
        else if (pipelineToken.IsCancellationRequested)
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.PipelineTimedOut, entry.Location, $"The pipeline ran longer than its time limit ({options.Timeout?.TotalSeconds:0.###} s) while {entry.DisplayName} was running. Raise the time limit the pipeline was given, or make the pipeline faster.{suffix}"));
        }
        else
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.EntryTimedOut, entry.Location, $"{entry.DisplayName} ran longer than its timeout ({entry.Timeout?.TotalSeconds:0.###} s). Raise 'timeout' on its [[__meta__]] entry or make the task faster.{suffix}"));
        }
    }

    private static TaskOutcome RunStep(ValidatedStep step, StepPosition position, LauncherProfile profile, IStorageBackend backend, PipelineOptions options, TaskCatalog catalog, CancellationToken cancellationToken, StepCaching caching)
    {
        var entry = step.Entry;
        var settings = profile.Settings;
        if (step.IsContainer)
        {
            var container = step.Planned.Container as IContainerRun ?? (IContainerRun)step.Activator.Create(entry.Location);
            position.Progress.EntryDeclared(entry.Info, [], [], isContainer: true);
            var source = new ContainerSource(entry, step.TaskTable, profile, catalog) { Branches = step.Planned.Branches };
            using (PipelineContext.Enter(cancellationToken))
            {
                return container.Run(new ContainerContext(source, backend, options.Events, settings.MinimumLogLevel, cancellationToken) { Progress = position.Progress, Caching = caching });
            }
        }

        var (task, profileTable, require, provide, remove) = Prepare(step, catalog);
        position.Progress.EntryDeclared(entry.Info, require, provide, isContainer: false);

        var subject = CacheSession.EntrySubject(step, profile.File, profileTable, (require, provide, remove));
        var storage = new TaskStorageView(backend, entry.DisplayName, entry.Location, require, provide, remove);
        var invocation = new TaskInvocation(task, entry.DisplayName, entry.Location, profileTable, storage, backend, entry.MaxRetries, settings.MinimumLogLevel);
        return caching.Run(subject, backend, () =>
        {
            using (PipelineContext.Enter(cancellationToken))
            {
                return TaskInvoker.Invoke(invocation, options.Events, cancellationToken);
            }
        });
    }

    private static bool RestoreNotSelected(ValidatedStep step, LauncherProfile profile, IStorageBackend backend, TaskCatalog catalog, CacheSession cache)
    {
        var (_, profileTable, require, provide, remove) = Prepare(step, catalog);
        return CacheSession.EntrySubject(step, profile.File, profileTable, (require, provide, remove)) is { } subject && cache.TryRestore(subject, backend);
    }

    /// <summary>
    /// The task, its table and its keys, as the check found them. Only a table with values known at run time alone
    /// is resolved now ($E sees what earlier tasks set), and its task created and asked for its keys with it.
    /// </summary>
    private static (ITask Task, Profile Profile, IReadOnlyList<string> Require, IReadOnlyList<string> Provide, IReadOnlyList<string> Remove) Prepare(ValidatedStep step, TaskCatalog catalog)
    {
        var entry = step.Entry;
        if (!step.Deferred && step.Task is { } checkedTask && step.Declarations is { } known)
        {
            return (checkedTask, new Profile(step.Values), known.Require, known.Provide, known.Remove);
        }

        var task = step.Activator.Create(entry.Location);
        var profile = new Profile(ValueEvaluator.ResolveDefined(step.TaskTable, step.Declarations?.Definitions ?? [], catalog));
        var (require, provide, remove) = TaskCreation.Declarations(task, profile, entry.DisplayName, entry.Location);
        return (task, profile, require, provide, remove);
    }
}
