using System.Collections;

namespace Tasker.Execution;

/// <summary>
/// The process-wide state a task can change behind the engine's back: every environment variable and the current
/// directory, as they were when taken. <see cref="RestoreChanges"/> puts back only what differs now, so a value nobody
/// touched is never written.
/// </summary>
internal sealed class ProcessSnapshot
{
    private static readonly StringComparer NameComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly Dictionary<string, string> _variables;
    private readonly string _directory;

    private ProcessSnapshot(Dictionary<string, string> variables, string directory)
    {
        _variables = variables;
        _directory = directory;
    }

    public static ProcessSnapshot Take() => new(Variables(), Environment.CurrentDirectory);

    /// <summary>Sets back every variable and the directory that changed since the snapshot; returns the names of the variables it set back.</summary>
    public IReadOnlyList<string> RestoreChanges()
    {
        var now = Variables();
        var changed = new List<string>();
        foreach (var (name, value) in now)
        {
            if (!_variables.TryGetValue(name, out var original) || !string.Equals(original, value, StringComparison.Ordinal))
            {
                Environment.SetEnvironmentVariable(name, original);
                changed.Add(name);
            }
        }

        // A loop, not Where: LINQ over a dictionary's pairs is generic code no precompiled image holds.
        foreach (var (name, value) in _variables)
        {
            if (!now.ContainsKey(name))
            {
                Environment.SetEnvironmentVariable(name, value);
                changed.Add(name);
            }
        }

        RestoreDirectory();
        return changed;
    }

    private void RestoreDirectory()
    {
        try
        {
            if (!string.Equals(Environment.CurrentDirectory, _directory, StringComparison.Ordinal))
            {
                Environment.CurrentDirectory = _directory;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The folder the build started in was deleted meanwhile: there is nothing to go back to.
        }
    }

    private static Dictionary<string, string> Variables()
    {
        var variables = new Dictionary<string, string>(NameComparer);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
            {
                variables[name] = value;
            }
        }

        return variables;
    }
}
