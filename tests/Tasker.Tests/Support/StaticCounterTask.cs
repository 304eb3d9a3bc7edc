using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class StaticCounterTask : ITask
{
    public static int Invocations { get; set; }

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Invocations++;
        return Return.Success;
    }
}
