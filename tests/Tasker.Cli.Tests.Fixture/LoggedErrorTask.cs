using Microsoft.Extensions.Logging;
using Tasker;

namespace Fixture;

/// <summary>Logs an error, then fails.</summary>
public sealed class LoggedErrorTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogError("the data is bad");
        return Return.Error;
    }
}
