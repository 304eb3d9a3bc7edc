using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Provides 'seed' from its table's 'seed' key.</summary>
public sealed class SeedTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        shared["seed"] = profile.Get<long>("seed");
        return Return.Success;
    }

    public IEnumerable<string> Provide() => ["seed"];
}
