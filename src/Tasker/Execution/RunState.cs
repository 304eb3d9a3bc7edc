namespace Tasker.Execution;

/// <summary>How far a pipeline got; updated as it runs so that an early return still reports the truth.</summary>
internal sealed class RunState
{
    public bool Failed { get; set; }

    public bool Stopped { get; set; }

    public int TasksRun { get; set; }

    /// <summary>Entries the run's selection left out (not counted in <see cref="TasksRun"/>).</summary>
    public int NotSelected { get; set; }

    private int _invoked;
    private int _restored;
    private int _skipped;
    private int _consulted;

    /// <summary>Counts entries and branches (each is one unit of work): invoked, restored from the cache, or left out.</summary>
    public void CountInvoked(bool cacheable) => Count(ref _invoked, cacheable);

    public void CountRestored() => Count(ref _restored, cacheable: true);

    public void CountSkipped(int units = 1) => Interlocked.Add(ref _skipped, units);

    public Events.WorkCounts Counts => new(Volatile.Read(ref _invoked), Volatile.Read(ref _restored), Volatile.Read(ref _skipped), Volatile.Read(ref _consulted) > 0);

    private void Count(ref int counter, bool cacheable)
    {
        Interlocked.Increment(ref counter);
        if (cacheable)
        {
            Interlocked.Increment(ref _consulted);
        }
    }
}
