namespace Tasker.Execution;

/// <summary>
/// Makes the project's folder the working directory while a pipeline runs, in the MSBuild node, the host and the
/// command line alike, and puts the previous one back after it (a task that changed it changes nothing for the
/// node or the next pipeline). Without a project folder the working directory is left as it is.
/// </summary>
internal sealed class WorkingDirectoryScope : IDisposable
{
    private readonly string? _previous;

    private WorkingDirectoryScope(string? previous) => _previous = previous;

    public static WorkingDirectoryScope Enter(BuildContext? build)
    {
        if (build?.ProjectDirectory is not { Length: > 0 } directory || !Directory.Exists(directory))
        {
            return new WorkingDirectoryScope(null);
        }

        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory;
        return new WorkingDirectoryScope(previous);
    }

    public void Dispose()
    {
        if (_previous is not null && Directory.Exists(_previous))
        {
            Environment.CurrentDirectory = _previous;
        }
    }
}
