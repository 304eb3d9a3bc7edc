namespace Tasker.Execution;

/// <summary>
/// Leaves the process as a pipeline found it, so that a pipeline running inside the MSBuild node changes nothing for
/// the rest of the build: the variables set through <see cref="Set"/> (<c>SetEnvironmentTask</c>) are put back when
/// the scope ends, and so is every other environment variable and the current directory that a task changed directly
/// (<c>Environment.SetEnvironmentVariable</c>, <c>Environment.CurrentDirectory</c>). The scope follows the pipeline's
/// execution context, so variables set in container branches on other threads are remembered too. Pipelines that
/// overlap in one process share one snapshot, taken when the first began and restored when the last ends, so one
/// pipeline never undoes what another still running has set.
/// </summary>
internal sealed class EnvironmentScope : IDisposable
{
    private static readonly AsyncLocal<EnvironmentScope?> Current = new();
    private static readonly object SnapshotLock = new();
    private static ProcessSnapshot? _snapshot;
    private static int _open;

    private readonly EnvironmentScope? _previous;
    private readonly Dictionary<string, string?> _originals = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    private EnvironmentScope(EnvironmentScope? previous)
    {
        _previous = previous;
    }

    /// <summary>Starts remembering; disposing restores every variable set through <see cref="Set"/> since.</summary>
    public static EnvironmentScope Begin()
    {
        lock (SnapshotLock)
        {
            if (_open++ == 0)
            {
                _snapshot = ProcessSnapshot.Take();
            }
        }

        var scope = new EnvironmentScope(Current.Value);
        Current.Value = scope;
        return scope;
    }

    /// <summary>Sets a variable of the process, remembering its value before the first change in the current scope.</summary>
    public static void Set(string name, string? value)
    {
        if (Current.Value is { } scope)
        {
            lock (scope._originals)
            {
                scope._originals.TryAdd(name, Environment.GetEnvironmentVariable(name));
            }
        }

        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose()
    {
        lock (_originals)
        {
            foreach (var (name, value) in _originals)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            _originals.Clear();
        }

        Current.Value = _previous;
        lock (SnapshotLock)
        {
            if (--_open == 0)
            {
                _snapshot?.RestoreChanges();
                _snapshot = null;
            }
        }
    }
}
