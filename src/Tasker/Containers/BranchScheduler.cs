using System.Runtime.ExceptionServices;
using Tasker.Events;

namespace Tasker.Containers;

/// <summary>
/// Runs branches on up to <c>workers</c> threads at once (the calling thread is one of them). Once a branch fails or
/// asks to exit, no further branch starts; branches already running finish. Threads start with the caller's
/// execution context, so console routing and environment tracking follow the pipeline into every branch.
/// </summary>
internal static class BranchScheduler
{
    /// <summary>The outcome of every branch, in branch order; <see langword="null"/> for a branch that never started.</summary>
    public static TaskOutcome?[] Run(int count, int workers, Func<int, TaskOutcome> runBranch, CancellationToken cancellationToken)
    {
        var outcomes = new TaskOutcome?[count];
        var next = -1;
        var stop = 0;
        ExceptionDispatchInfo? fault = null;

        void Work()
        {
            try
            {
                while (Volatile.Read(ref stop) == 0)
                {
                    var index = Interlocked.Increment(ref next);
                    if (index >= count)
                    {
                        return;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    var outcome = runBranch(index);
                    outcomes[index] = outcome;
                    if (outcome.Stops)
                    {
                        Volatile.Write(ref stop, 1);
                    }
                }
            }
            catch (Exception exception)
            {
                // Cancellation or a bug of ours: stop the other workers and rethrow on the caller's thread.
                Interlocked.CompareExchange(ref fault, ExceptionDispatchInfo.Capture(exception), null);
                Volatile.Write(ref stop, 1);
            }
        }

        var helpers = new Thread[Math.Max(0, Math.Min(workers, count) - 1)];
        for (var index = 0; index < helpers.Length; index++)
        {
            helpers[index] = new Thread(Work) { IsBackground = true, Name = $"Tasker branch worker {index + 2}" };
            helpers[index].Start();
        }

        Work();
        foreach (var helper in helpers)
        {
            helper.Join();
        }

        fault?.Throw();
        return outcomes;
    }
}
