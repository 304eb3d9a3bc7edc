using Microsoft.Extensions.Logging;

namespace Tasker.Cli.Output;

/// <summary>
/// What the console shows, from <c>--log-level</c>. It filters on top of the profile's own
/// <c>[__setting__.log] level</c>, which decides which records a task's logger keeps at all.
/// </summary>
internal sealed record Verbosity(LogLevel Level)
{
    public static Verbosity Default { get; } = new(LogLevel.Information);

    /// <summary>Debug and trace records, retries, stack traces.</summary>
    public bool ShowsDetail => Level <= LogLevel.Debug;

    /// <summary>The header, task banners, what tasks print and log at information level.</summary>
    public bool ShowsNormal => Level <= LogLevel.Information;

    public bool ShowsWarnings => Level <= LogLevel.Warning;
}
