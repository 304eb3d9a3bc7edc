using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>A fork branch's input: provides 'value' from the branch's 'number' (0 when absent).</summary>
public sealed class NumberTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var number = profile.TryGet<long>("number", out var given) ? given : 0;
        shared["value"] = number;
        logger.LogInformation("ran {Number}", number);
        return Return.Success;
    }

    public IEnumerable<string> Provide() => ["value"];
}
