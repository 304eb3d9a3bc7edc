using System.Collections.Concurrent;

namespace Tasker.Tests.Support;

/// <summary>
/// Rendezvous points for tasks of one test, named by a key unique to the test (a GUID in its profile), so tests
/// running in parallel never share one. Waits are bounded so that a bug fails a test instead of hanging it.
/// </summary>
public static class Gates
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, ManualResetEventSlim> Events = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Barrier> Barriers = new(StringComparer.Ordinal);

    public static ManualResetEventSlim Event(string key) => Events.GetOrAdd(key, _ => new ManualResetEventSlim());

    private static readonly ConcurrentDictionary<string, CancellationTokenSource> Cancellations = new(StringComparer.Ordinal);

    public static Barrier Barrier(string key, int participants) => Barriers.GetOrAdd(key, _ => new Barrier(participants));

    public static CancellationTokenSource Cancellation(string key) => Cancellations.GetOrAdd(key, _ => new CancellationTokenSource());
}
