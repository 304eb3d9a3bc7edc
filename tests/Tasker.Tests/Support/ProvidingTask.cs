using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class ProvidingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        shared["greeting"] = profile.Get<string>("text");
        return Return.Success;
    }

    public IEnumerable<string> Provide() => ["greeting"];
}
