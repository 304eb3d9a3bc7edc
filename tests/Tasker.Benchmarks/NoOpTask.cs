using Microsoft.Extensions.Logging;

namespace Tasker.Benchmarks;

/// <summary>Does nothing: what remains is the engine's own cost.</summary>
public sealed class NoOpTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Return.Success;
}
