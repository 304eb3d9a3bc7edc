namespace Tasker.Execution;

/// <summary>
/// Runs work that may ignore cancellation. With a token that can be cancelled, the work runs on a thread of its own
/// (a pooled <see cref="StepThread"/>; its execution context, and so the console route and the pipeline context,
/// flows with it) and the caller stops waiting once the token is cancelled and the grace period has passed.
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
        T result = default!;
        var running = StepThread.Start(() => result = work());
        if (!running.Wait(token) && !running.Wait(gracePeriod))
        {
            // The work keeps its thread until it returns; that thread rejoins the pool afterwards.
            throw new TaskAbandonedException(token);
        }

        running.ThrowIfFailed();
        return result;
    }
}
