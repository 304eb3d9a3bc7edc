using Microsoft.Extensions.Logging;
using Tasker;

namespace Fixture;

/// <summary>Says it is waiting, then waits (up to two minutes) for the run to be cancelled.</summary>
public sealed class WaitingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Console.WriteLine("waiting for Ctrl+C");
        Console.Out.Flush();
        Thread.Sleep(TimeSpan.FromMinutes(2));
        return Return.Success;
    }
}
