using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class ConsoleTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Console.WriteLine("printed line");
        Console.Write("partial");
        return Return.Success;
    }
}
