using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Succeeds only when another branch reaches the same barrier at the same time (proves parallel branches).</summary>
public sealed class RendezvousTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) =>
        Gates.Barrier(profile.Get<string>("barrier"), 2).SignalAndWait(Gates.Timeout) ? Return.Success : Return.Error;
}
