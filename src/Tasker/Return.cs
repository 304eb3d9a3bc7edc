namespace Tasker;

/// <summary>
/// The state a task hands back to the pipeline. Values are flags and may be combined,
/// for example <c>Return.Write | Return.Exit</c>. The bit values are those of the Python version.
/// </summary>
[Flags]
public enum Return
{
    /// <summary>The task finished; the pipeline goes on.</summary>
    Success = 0,

    /// <summary>Stop the pipeline after this task without failing it.</summary>
    Exit = 1,

    /// <summary>Dump the shared storage after this task.</summary>
    Write = 2,

    /// <summary>Load the shared storage after this task.</summary>
    Read = 4,

    /// <summary>The task failed; the pipeline stops and fails.</summary>
    Error = 8,

    /// <summary>Invoke the same task instance again (bounded by <c>max_retries</c>).</summary>
    Retry = 16,

    /// <summary>Read the profile file again before the next task.</summary>
    Reload = 32,
}
