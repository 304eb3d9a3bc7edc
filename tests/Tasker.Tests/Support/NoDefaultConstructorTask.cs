using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class NoDefaultConstructorTask(int value) : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => value == 0 ? Return.Success : Return.Error;
}
