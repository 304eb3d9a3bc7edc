using Microsoft.Extensions.Logging;
using Tasker;

namespace Fixture;

/// <summary>Requires the greeting and prints it.</summary>
public sealed class EchoTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Console.WriteLine($"echoed: {shared.Get<string>("greeting")}");
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["greeting"];
}
