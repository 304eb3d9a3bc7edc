using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

// Ends the process that runs it: tests run it only in the out-of-process host, never in the test process itself.
public sealed class StackOverflowTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Recurse(1) > 0 ? Return.Success : Return.Error;

    private static int Recurse(int depth) => Recurse(depth + 1) + 1;
}
