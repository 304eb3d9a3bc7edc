using Microsoft.Extensions.Logging;

namespace Tasker.Testing;

/// <summary>What running one task in a test produced.</summary>
public sealed class TaskRun
{
    internal TaskRun(bool invoked, Return state, bool failed, TestStorage storage, IReadOnlyList<LogRecord> log)
    {
        Invoked = invoked;
        Return = state;
        Failed = failed;
        Storage = storage;
        Log = log;
    }

    /// <summary>
    /// Whether the task's <c>Invoke</c> ran: false when the check before the run failed (the profile does not match
    /// the task's schema, or its declarations throw); <see cref="Log"/> says why.
    /// </summary>
    public bool Invoked { get; }

    /// <summary>What the task returned (with <see cref="Tasker.Return.Error"/> added when it failed in another way).</summary>
    public Return Return { get; }

    /// <summary>Whether a pipeline would stop here with an error: the task returned Error, threw, logged an error or broke its declarations.</summary>
    public bool Failed { get; }

    /// <summary>Whether the pipeline would go on after this task.</summary>
    public bool Succeeded => !Failed;

    /// <summary>The storage after the run: what the task provided, and what it left of the seeded values.</summary>
    public TestStorage Storage { get; }

    /// <summary>Everything reported, in order: the task's log records and Tasker's diagnostics about the task.</summary>
    public IReadOnlyList<LogRecord> Log { get; }

    /// <summary>The error records (Error and Critical).</summary>
    public IEnumerable<LogRecord> Errors => Log.Where(record => record.Level >= LogLevel.Error);

    /// <summary>The warning records.</summary>
    public IEnumerable<LogRecord> Warnings => Log.Where(record => record.Level == LogLevel.Warning);
}
