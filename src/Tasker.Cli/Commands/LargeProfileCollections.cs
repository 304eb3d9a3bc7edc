using System.Runtime;

namespace Tasker.Cli.Commands;

/// <summary>
/// A launch of a large profile (a fork of thousands of branches) allocates tens of megabytes and keeps most of them
/// to its end, so a collection in the middle stops every thread to copy what survives and frees next to nothing: 15
/// ms of a 190 ms run of 10,000 branches. Before such a profile is read, the tool asks the runtime not to collect
/// for the next 64 MiB it allocates: one collection now, while the heap is small, instead. A run that allocates more
/// leaves the region by itself and collects as usual; a small profile changes nothing. The command line only: the
/// build's processes live on and collect as usual.
/// </summary>
internal static class LargeProfileCollections
{
    /// <summary>About where a profile's run allocates past the runtime's first collection (some 40 bytes a byte).</summary>
    public const long ProfileSizeThreshold = 256 * 1024;

    public const long Budget = 64L * 1024 * 1024;

    /// <summary>Whether a region without collections was started for the profile at <paramref name="profilePath"/>.</summary>
    public static bool DeferFor(string profilePath)
    {
        try
        {
            if (new FileInfo(profilePath).Length < ProfileSizeThreshold || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                return false;
            }

            return GC.TryStartNoGCRegion(Budget);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            // A profile that cannot be measured is reported when it is read; a runtime that refuses the region collects as usual.
            return false;
        }
    }
}
