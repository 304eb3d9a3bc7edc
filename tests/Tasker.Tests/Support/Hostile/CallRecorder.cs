using System.Collections.Concurrent;

namespace Tasker.Tests.Support.Hostile;

/// <summary>A $M method that leaves a trace, to see whether a profile value was evaluated.</summary>
public static class CallRecorder
{
    private static readonly ConcurrentDictionary<string, int> Calls = new(StringComparer.Ordinal);

    public static string Record(string token)
    {
        Calls.AddOrUpdate(token, 1, (_, count) => count + 1);
        return token;
    }

    public static bool WasCalledWith(string token) => Calls.ContainsKey(token);
}
