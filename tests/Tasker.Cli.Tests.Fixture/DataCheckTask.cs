using Microsoft.Extensions.Logging;
using Tasker;

namespace Fixture;

/// <summary>Reports an error at a row of the data file its profile names.</summary>
public sealed class DataCheckTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogErrorAt(profile.Get<string>("data"), 3, 5, "'abc' is not a number", "DATA003");
        return Return.Success;
    }
}
