using System.Diagnostics;
using Tasker.Launcher;

namespace Tasker.Execution;

/// <summary>
/// Lets the caller of a pipeline watch the steps that run on a step thread, so that a task which ignores its
/// cancellation can be abandoned after the grace period. Steps only register their token: the watcher is woken
/// when a running step is cancelled, never once per step, so watching costs a step next to nothing.
/// </summary>
internal sealed class StepWatch
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly object _gate = new();
    private readonly ManualResetEventSlim _stepCancelled = new(false);
    private long _sequence;
    private MetaEntry? _entry;
    private CancellationToken _token;

    /// <summary>Marks <paramref name="entry"/> as running under <paramref name="token"/> until the result is disposed.</summary>
    public IDisposable Enter(MetaEntry entry, CancellationToken token)
    {
        long sequence;
        lock (_gate)
        {
            sequence = ++_sequence;
            _entry = entry;
            _token = token;
        }

        var registration = token.UnsafeRegister(static state => ((StepWatch)state!)._stepCancelled.Set(), this);
        return new Step(this, sequence, registration);
    }

    /// <summary>
    /// Waits for <paramref name="run"/> to end. Returns the entry that was abandoned because it did not stop within
    /// <paramref name="gracePeriod"/> of its cancellation, or <see langword="null"/> when the run ended.
    /// </summary>
    public MetaEntry? WaitUntilDone(StepRun run, TimeSpan gracePeriod)
    {
        while (true)
        {
            WaitHandle.WaitAny([run.FinishedHandle, _stepCancelled.WaitHandle]);
            if (run.IsFinished)
            {
                return null;
            }

            _stepCancelled.Reset();
            long sequence;
            MetaEntry? entry;
            lock (_gate)
            {
                (sequence, entry) = (_sequence, _token.IsCancellationRequested ? _entry : null);
            }

            if (entry is not null && !StopsWithin(run, sequence, gracePeriod))
            {
                return entry;
            }
        }
    }

    // The cancelled step stops in time when the run ends or another step starts before the grace period is over.
    private bool StopsWithin(StepRun run, long sequence, TimeSpan gracePeriod)
    {
        var started = Stopwatch.GetTimestamp();
        while (!run.Wait(PollInterval))
        {
            lock (_gate)
            {
                if (_sequence != sequence)
                {
                    return true;
                }
            }

            if (Stopwatch.GetElapsedTime(started) >= gracePeriod)
            {
                return false;
            }
        }

        return true;
    }

    private void Leave(long sequence)
    {
        lock (_gate)
        {
            if (_sequence == sequence)
            {
                _sequence++;
                _entry = null;
                _token = default;
            }
        }
    }

    private sealed class Step(StepWatch watch, long sequence, CancellationTokenRegistration registration) : IDisposable
    {
        public void Dispose()
        {
            registration.Dispose();
            watch.Leave(sequence);
        }
    }
}
