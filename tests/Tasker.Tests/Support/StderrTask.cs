using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class StderrTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Console.Error.WriteLine("written to standard error");
        return Return.Success;
    }
}
