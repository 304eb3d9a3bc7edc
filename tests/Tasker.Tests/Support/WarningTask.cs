using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class WarningTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogWarning("careful");
        logger.LogWarning(new EventId(7, "DATA001"), "custom code");
        return Return.Success;
    }
}
