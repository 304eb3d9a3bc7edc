namespace Tasker.Execution;

/// <summary>
/// Remembers the environment variables a pipeline sets and puts them back when it ends, so a pipeline that runs
/// inside the MSBuild process leaves the build node as it found it. The scope follows the pipeline's execution
/// context, so variables set in container branches on other threads are remembered too.
/// </summary>
internal sealed class EnvironmentScope : IDisposable
{
    private static readonly AsyncLocal<EnvironmentScope?> Current = new();

    private readonly EnvironmentScope? _previous;
    private readonly Dictionary<string, string?> _originals = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    private EnvironmentScope(EnvironmentScope? previous)
    {
        _previous = previous;
    }

    /// <summary>Starts remembering; disposing restores every variable set through <see cref="Set"/> since.</summary>
    public static EnvironmentScope Begin()
    {
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
    }
}
