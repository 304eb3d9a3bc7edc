using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class RequiringTask : ITask
{
    public static readonly AsyncLocal<string?> LastSeen = new();

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("saw {Greeting}", shared.Get<string>("greeting"));
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["greeting"];
}
