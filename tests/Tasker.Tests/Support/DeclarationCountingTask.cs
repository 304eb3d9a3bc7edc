using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Says, when invoked, whether this very instance was asked for its schema and how often for its keys.</summary>
public sealed class DeclarationCountingTask : ITask
{
    private bool _defined;
    private int _requireCalls;

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("count={Count} defined={Defined} require-calls={RequireCalls}", profile.Get<long>("count"), _defined, _requireCalls);
        return Return.Success;
    }

    public IEnumerable<string> Require()
    {
        _requireCalls++;
        return [];
    }

    public IEnumerable<Definition> Define()
    {
        _defined = true;
        return [Definition.Value("count", typeof(long))];
    }
}
