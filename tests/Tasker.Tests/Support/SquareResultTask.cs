using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>A map over <see cref="CachedWorkTask"/> branches: logs each invocation to 'log' and provides 'square' of 'result'.</summary>
public sealed class SquareResultTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        InvocationLog.Append(profile.Get<string>("log"));
        var result = shared.Get<long>("result");
        shared["square"] = result * result;
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["result"];

    public IEnumerable<string> Provide() => ["square"];
}
