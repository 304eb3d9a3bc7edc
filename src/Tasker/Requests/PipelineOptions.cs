using Tasker.Events;

namespace Tasker.Requests;

/// <summary>What a host asks of the engine to run one profile, with the tasks it loaded (<c>Engine.Run</c>).</summary>
internal sealed record PipelineOptions(string ProfilePath, IPipelineEvents Events)
{
    /// <summary>Where persistent storages keep their files by default (the project's intermediate folder in a build).</summary>
    public string? StateDirectory { get; init; }

    /// <summary>The build that runs the pipeline, for tasks (<see cref="PipelineContext.Build"/>) and <c>$C</c> values; none outside a build.</summary>
    public BuildContext? Build { get; init; }

    /// <summary>Cancelled when the host cancels (the build was cancelled).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The time limit of the whole pipeline (a build's TaskerTimeout); none when null.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>How long a cancelled task may take to stop before the pipeline abandons it.</summary>
    public TimeSpan CancellationGracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Who shows where the pipeline is, in the host's own words; <see langword="null"/> shows nothing.</summary>
    public IPipelineProgress? Progress { get; init; }

    /// <summary>The result cache's folder (TaskerCacheDirectory, --cache-dir); <see langword="null"/>: <c>tasker-cache</c> under <see cref="StateDirectory"/>, else under <c>obj</c> beside the profile.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The most bytes of results the cache folder keeps; <see langword="null"/>: the engine's default (1 GiB).</summary>
    public long? CacheSizeLimit { get; init; }

    /// <summary>This machine's share of the cacheable forks' and maps' branches (<c>--partition I/N</c>); <see langword="null"/> runs all.</summary>
    public Partition? Partition { get; init; }

    /// <summary>Environment variable names whose values are masked besides the default ones (see <see cref="Diagnostics.SecretValues"/>).</summary>
    public IReadOnlyList<string> SecretNames { get; init; } = [];

    /// <summary>The entries (and branches) the run asks for; every entry by default.</summary>
    public EntrySelection Selection { get; init; } = EntrySelection.All;
}
