using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Cancels the build (the token source named by 'cancel') from inside a branch, like a user pressing Ctrl+C.</summary>
public sealed class CancellingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("ran {Name}", profile.Get<string>("name"));
        Gates.Cancellation(profile.Get<string>("cancel")).Cancel();
        return Return.Success;
    }
}
