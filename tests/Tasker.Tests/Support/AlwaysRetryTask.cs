using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class AlwaysRetryTask : ITask
{
    public int Calls { get; private set; }

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Calls++;
        logger.LogInformation("call {Calls}", Calls);
        return Return.Retry;
    }
}
