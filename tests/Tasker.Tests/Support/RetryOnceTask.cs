using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class RetryOnceTask : ITask
{
    private int _calls;

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        _calls++;
        logger.LogInformation("call {Calls}", _calls);
        return _calls == 1 ? Return.Retry : Return.Success;
    }
}
