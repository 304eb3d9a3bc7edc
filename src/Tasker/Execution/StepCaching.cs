using Tasker.Events;
using Tasker.Storage;

namespace Tasker.Execution;

/// <summary>
/// How an entry or a branch runs with the result cache: restored when its key is stored, else invoked and, when it
/// succeeded without asking for anything more (exit, reload, retry), stored. Counts what it did in the run's state.
/// </summary>
internal sealed class StepCaching(CacheSession cache, RunState run)
{
    private const Return NotCacheable = Return.Exit | Return.Reload | Return.Retry | Return.Error;

    public CacheSession Cache { get; } = cache;

    /// <summary>Runs <paramref name="invoke"/> unless <paramref name="subject"/> (null: not cacheable) is restored from the cache.</summary>
    public TaskOutcome Run(CacheSubject? subject, IStorageBackend backend, Func<TaskOutcome> invoke)
    {
        var key = subject is null ? null : Cache.Probe(subject, backend);
        if (key is not null && Cache.TryRestore(subject!, key, backend))
        {
            run.CountRestored();
            return new TaskOutcome(Return.Success, Failed: false);
        }

        run.CountInvoked(subject is not null);
        var outcome = invoke();
        if (key is not null && !outcome.Failed && (outcome.State & NotCacheable) == 0)
        {
            Cache.Store(subject!, key, backend);
        }

        return outcome;
    }

    /// <summary>A branch another partition runs (and the cache did not hold): left out of this run.</summary>
    public void Skip() => run.CountSkipped();

    /// <summary>Counts a unit run or restored outside <see cref="Run"/> (a reduce's branches, a branch restored for another partition).</summary>
    public void Counted(bool restored)
    {
        if (restored)
        {
            run.CountRestored();
        }
        else
        {
            run.CountInvoked(cacheable: false);
        }
    }
}
