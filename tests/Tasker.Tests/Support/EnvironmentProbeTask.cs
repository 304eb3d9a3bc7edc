using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Reads an environment variable named by 'name' and logs whether it has the value of 'expected'.</summary>
public sealed class EnvironmentProbeTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var matches = Environment.GetEnvironmentVariable(profile.Get<string>("name")) == profile.Get<string>("expected");
        logger.LogInformation("probe matches: {Matches}", matches);
        return Return.Success;
    }
}
