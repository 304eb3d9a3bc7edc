using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Counts how often it is created and asked for its declarations; used by one test only, so the counts are its own.</summary>
public sealed class DeclarationCountingTask : ITask
{
    private static int _constructed;
    private static int _requireCalls;

    public DeclarationCountingTask() => Interlocked.Increment(ref _constructed);

    public static int Constructed => _constructed;

    public static int RequireCalls => _requireCalls;

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("count={Count}", profile.Get<long>("count"));
        return Return.Success;
    }

    public IEnumerable<string> Require()
    {
        Interlocked.Increment(ref _requireCalls);
        return [];
    }

    public IEnumerable<Definition> Define() => [Definition.Value("count", typeof(long))];
}
