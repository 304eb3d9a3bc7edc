using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Changes the process's working directory to 'elsewhere' under it, as a careless task might.</summary>
public sealed class WorkingDirectoryChangingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Environment.CurrentDirectory = Path.Combine(Environment.CurrentDirectory, "elsewhere");
        return Return.Success;
    }
}
