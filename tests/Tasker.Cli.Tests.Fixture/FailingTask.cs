using Microsoft.Extensions.Logging;
using Tasker;

namespace Fixture;

/// <summary>Logs a warning, then fails.</summary>
public sealed class FailingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogWarning("about to fail");
        return Return.Error;
    }
}
