namespace Tasker.Profiles;

/// <summary>
/// Records every profile file a pipeline reads (the profile, included files, <c>$P</c> files), so a build can
/// rerun the pipeline when any of them changes. The record follows the pipeline's execution context.
/// </summary>
internal static class ProfileFileTracker
{
    private static readonly AsyncLocal<HashSet<string>?> Current = new();

    /// <summary>Starts recording for the current execution context; dispose to stop.</summary>
    public static Recording Begin()
    {
        var recording = new Recording(Current.Value);
        Current.Value = recording.Files;
        return recording;
    }

    public static void Record(string path)
    {
        if (Current.Value is { } files)
        {
            lock (files)
            {
                files.Add(Path.GetFullPath(path));
            }
        }
    }

    internal sealed class Recording(HashSet<string>? previous) : IDisposable
    {
        public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

        public IReadOnlyCollection<string> Snapshot()
        {
            lock (Files)
            {
                return [.. Files.Order(StringComparer.Ordinal)];
            }
        }

        public void Dispose() => Current.Value = previous;
    }
}
