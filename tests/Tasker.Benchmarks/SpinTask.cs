using Microsoft.Extensions.Logging;

namespace Tasker.Benchmarks;

/// <summary>Pure CPU work of a fixed size (no allocation, no locks), so branches can only gain from more cores.</summary>
public sealed class SpinTask : ITask
{
    public const int Iterations = 20_000_000;

    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Spin() == 0 ? Return.Error : Return.Success;

    /// <summary>The work itself, also run on bare threads to show what the machine gives without Tasker.</summary>
    public static ulong Spin()
    {
        ulong state = 88172645463325252UL;
        for (var index = 0; index < Iterations; index++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
        }

        return state;
    }
}
