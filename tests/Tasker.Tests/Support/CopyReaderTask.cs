using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Logs the storage key 'copy'.</summary>
public sealed class CopyReaderTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("copy={Copy}", shared.Get<string>("copy"));
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["copy"];
}
