using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class UndeclaredWriteTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        shared["__secret__"] = 1;
        return Return.Success;
    }
}
