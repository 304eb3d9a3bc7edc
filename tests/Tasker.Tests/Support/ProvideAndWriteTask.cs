using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Provides 'greeting' from the profile's 'text' and asks for a dump.</summary>
public sealed class ProvideAndWriteTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        shared["greeting"] = profile.Get<string>("text");
        return Return.Write;
    }

    public IEnumerable<string> Provide() => ["greeting"];
}
