using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class LoggedErrorTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogError("went wrong");
        return Return.Success;
    }
}
