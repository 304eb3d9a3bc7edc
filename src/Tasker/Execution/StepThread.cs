namespace Tasker.Execution;

/// <summary>
/// A dedicated thread that runs one piece of work at a time and is reused afterwards, so that running every step
/// on a thread of its own (to be able to abandon it) does not cost a new thread per step. Idle threads wait in a
/// small pool and end after a while without work; a thread whose work was abandoned rejoins the pool only once
/// that work has returned.
/// </summary>
internal sealed class StepThread
{
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromSeconds(20);
    private static readonly object PoolGate = new();
    private static readonly List<StepThread> Idle = [];

    private readonly ManualResetEventSlim _hasWork = new(false);
    private Action? _work;
    private ExecutionContext? _context;

    private StepThread()
    {
        new Thread(Loop) { IsBackground = true, Name = "Tasker step" }.Start();
    }

    /// <summary>Starts <paramref name="work"/> on a pooled thread, in the caller's execution context; the returned run says when it ends.</summary>
    public static StepRun Start(Action work)
    {
        var run = new StepRun(work);
        var thread = Rent();
        thread._context = ExecutionContext.Capture();
        thread._work = run.Execute;
        thread._hasWork.Set();
        return run;
    }

    private static StepThread Rent()
    {
        lock (PoolGate)
        {
            if (Idle.Count > 0)
            {
                var idle = Idle[^1];
                Idle.RemoveAt(Idle.Count - 1);
                return idle;
            }
        }

        return new StepThread();
    }

    private void Loop()
    {
        while (true)
        {
            if (!_hasWork.Wait(IdleLifetime) && TryRetire())
            {
                return;
            }

            if (!_hasWork.IsSet)
            {
                continue;
            }

            _hasWork.Reset();
            var work = _work!;
            var context = _context;
            _work = null;
            _context = null;
            if (context is null)
            {
                work();
            }
            else
            {
                ExecutionContext.Run(context, static state => ((Action)state!)(), work);
            }

            lock (PoolGate)
            {
                Idle.Add(this);
            }
        }
    }

    // Only a thread still idle may end; one rented meanwhile goes on to its work.
    private bool TryRetire()
    {
        lock (PoolGate)
        {
            return Idle.Remove(this);
        }
    }
}
