using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>
/// Changes the process behind the engine's back: sets the variable 'set' names, removes the one 'remove' names and
/// moves the current directory to 'directory'.
/// </summary>
public sealed class ProcessStateChangingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Environment.SetEnvironmentVariable(profile.Get<string>("set"), "changed-by-task");
        Environment.SetEnvironmentVariable(profile.Get<string>("remove"), null);
        Environment.CurrentDirectory = profile.Get<string>("directory");
        return Return.Success;
    }
}
