using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

// Ends the process that runs it: tests run it only in the out-of-process host, never in the test process itself.
public sealed class EnvironmentExitTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Console.WriteLine("about to exit");
        Environment.Exit(3);
        return Return.Success;
    }
}
