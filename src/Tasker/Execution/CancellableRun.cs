using System.Runtime.ExceptionServices;

namespace Tasker.Execution;

/// <summary>
/// Runs work that may ignore cancellation. With a token that can be cancelled, the work runs on a thread of its own
/// (its execution context, and so the console route and the pipeline context, flows with it) and the caller
/// stops waiting once the token is cancelled and the grace period has passed.
/// </summary>
internal static class CancellableRun
{
    public static T Run<T>(Func<T> work, CancellationToken token, TimeSpan gracePeriod)
    {
        if (!token.CanBeCanceled)
        {
            return work();
        }

        // A thread of its own: a task that blocks must not wait for, or starve, the thread pool.
        var running = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var finished = ((IAsyncResult)running).AsyncWaitHandle;
        if (WaitHandle.WaitAny([finished, token.WaitHandle]) != 0 && !finished.WaitOne(gracePeriod))
        {
            // The work keeps its thread until it returns; observe its end so a late exception is not unobserved.
            running.ContinueWith(static abandoned => _ = abandoned.Exception, TaskScheduler.Default);
            throw new TaskAbandonedException(token);
        }

        if (running.IsFaulted)
        {
            ExceptionDispatchInfo.Capture(running.Exception!.InnerExceptions[0]).Throw();
        }

        return running.Result;
    }
}
