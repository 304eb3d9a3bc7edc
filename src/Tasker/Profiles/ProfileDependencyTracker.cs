namespace Tasker.Profiles;

/// <summary>
/// Records what a pipeline's profile depends on: every profile file it reads (the profile, included files,
/// <c>$P</c> files), every environment variable a <c>$E</c> value reads, and the <c>inputs</c> and <c>outputs</c>
/// patterns its entries, containers and branches declare, so a build can rerun the pipeline when any of them changes
/// (or an output is missing). The record follows the pipeline's execution context.
/// </summary>
internal static class ProfileDependencyTracker
{
    private static readonly AsyncLocal<Recording?> Current = new();

    /// <summary>Starts recording for the current execution context; dispose to stop.</summary>
    public static Recording Begin()
    {
        var recording = new Recording(Current.Value);
        Current.Value = recording;
        return recording;
    }

    public static void RecordFile(string path) => Current.Value?.Add(Current.Value.Files, Path.GetFullPath(path));

    public static void RecordEnvironmentVariable(string name) => Current.Value?.Add(Current.Value.EnvironmentVariables, name);

    /// <summary>A declared file or glob, as an absolute pattern.</summary>
    public static void RecordDeclared(bool output, string pattern)
    {
        if (Current.Value is { } recording)
        {
            recording.Add(output ? recording.DeclaredOutputs : recording.DeclaredInputs, pattern);
        }
    }

    internal sealed class Recording(Recording? previous) : IDisposable
    {
        public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

        public HashSet<string> EnvironmentVariables { get; } = new(StringComparer.Ordinal);

        public HashSet<string> DeclaredInputs { get; } = new(StringComparer.Ordinal);

        public HashSet<string> DeclaredOutputs { get; } = new(StringComparer.Ordinal);

        public void Add(HashSet<string> set, string value)
        {
            lock (this)
            {
                set.Add(value);
            }
        }

        public IReadOnlyCollection<string> Snapshot() => SnapshotOf(Files);

        public IReadOnlyList<string> EnvironmentSnapshot() => SnapshotOf(EnvironmentVariables);

        public IReadOnlyList<string> DeclaredInputsSnapshot() => SnapshotOf(DeclaredInputs);

        public IReadOnlyList<string> DeclaredOutputsSnapshot() => SnapshotOf(DeclaredOutputs);

        private IReadOnlyList<string> SnapshotOf(HashSet<string> set)
        {
            lock (this)
            {
                // An array sort, not LINQ's Order: its generic machinery is compiled just in time in every launch.
                if (set.Count == 0)
                {
                    return [];
                }

                var sorted = new string[set.Count];
                set.CopyTo(sorted);
                Array.Sort(sorted, StringComparer.Ordinal);
                return sorted;
            }
        }

        public void Dispose() => Current.Value = previous;
    }
}
