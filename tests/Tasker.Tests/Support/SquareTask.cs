using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>A map: squares the branch's 'value' into the branch's 'square'.</summary>
public sealed class SquareTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var value = shared.Get<long>("value");
        shared["square"] = value * value;
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["value"];

    public IEnumerable<string> Provide() => ["square"];
}
