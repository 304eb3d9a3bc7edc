using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class ThrowingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => throw new InvalidOperationException("boom");
}
