using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class ExitingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Return.Exit;
}
