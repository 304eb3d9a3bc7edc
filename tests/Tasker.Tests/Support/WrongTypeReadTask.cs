using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class WrongTypeReadTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        _ = profile.Get<int>("count");
        return Return.Success;
    }
}
