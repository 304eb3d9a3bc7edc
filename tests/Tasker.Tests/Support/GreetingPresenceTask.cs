using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Logs whether the storage still holds 'greeting'.</summary>
public sealed class GreetingPresenceTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("greeting present: {Present}", shared.Contains("greeting"));
        return Return.Success;
    }

    // Declared as removable, not required: the task only looks whether the key is there, and requiring a key after a
    // task removed it is a dataflow error caught before the run.
    public IEnumerable<string> Remove() => ["greeting"];
}
