namespace Tasker.Execution;

/// <summary>How far a pipeline got; updated as it runs so that an early return still reports the truth.</summary>
internal sealed class RunState
{
    public bool Failed { get; set; }

    public bool Stopped { get; set; }

    public int TasksRun { get; set; }

    /// <summary>Entries the run's selection left out (not counted in <see cref="TasksRun"/>).</summary>
    public int NotSelected { get; set; }
}
