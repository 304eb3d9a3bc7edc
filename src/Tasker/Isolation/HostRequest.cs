namespace Tasker.Isolation;

/// <summary>
/// One pipeline the task asks the out-of-process host to run: one JSON line on the host's standard input. A line
/// with <see cref="Cancel"/> set instead asks the host to cancel what runs (the build was cancelled).
/// </summary>
internal sealed class HostRequest
{
    public static HostRequest Cancellation { get; } = new() { Cancel = true };

    public bool Cancel { get; init; }

    public string ProfilePath { get; init; } = string.Empty;

    /// <summary>The project's output assembly, where task types are looked up first.</summary>
    public string AssemblyPath { get; init; } = string.Empty;

    /// <summary>The project's copy-local dependencies, used to load what the output assembly references.</summary>
    public IReadOnlyList<string> DependencyPaths { get; init; } = [];

    public string? StateDirectory { get; init; }

    /// <summary>The result cache's folder (TaskerCacheDirectory); the engine's default when null.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The most bytes the result cache keeps (TaskerCacheSizeLimit); the engine's default when null.</summary>
    public long? CacheSizeLimit { get; init; }

    /// <summary>The pipeline's time limit (TaskerTimeout); none when null.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The build that runs the pipeline, which tasks and <c>$C</c> values read; none outside a build.</summary>
    public BuildContext? Build { get; init; }

    /// <summary>Environment variable names whose values are secret besides the default ones (TaskerSecrets).</summary>
    public IReadOnlyList<string> SecretNames { get; init; } = [];

    /// <summary>TaskerFrom: the entry the run starts at; none when null.</summary>
    public string? SelectFrom { get; init; }

    /// <summary>TaskerOnly: the only entries (or <c>ENTRY[branch]</c> branches) that run; all when empty.</summary>
    public IReadOnlyList<string> SelectOnly { get; init; } = [];

    /// <summary>TaskerSkip: entries (or branches) left out of the run.</summary>
    public IReadOnlyList<string> SelectSkip { get; init; } = [];
}
