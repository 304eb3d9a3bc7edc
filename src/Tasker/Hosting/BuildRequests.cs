using Tasker.Events;
using Tasker.Isolation;
using Tasker.Requests;

namespace Tasker.Hosting;

/// <summary>
/// A build's request to run a pipeline (<see cref="HostRequest"/>: the TaskerProfile item and the Tasker properties) as
/// the engine takes it, the same in the MSBuild node and in the out-of-process host.
/// </summary>
internal static class BuildRequests
{
    public static PipelineOptions Options(HostRequest request, IPipelineEvents events, IPipelineProgress progress, CancellationToken cancellationToken) =>
        new(request.ProfilePath, events)
        {
            StateDirectory = request.StateDirectory,
            Build = request.Build,
            CacheDirectory = request.CacheDirectory,
            CacheSizeLimit = request.CacheSizeLimit,
            CancellationToken = cancellationToken,
            Timeout = request.Timeout,
            SecretNames = request.SecretNames,
            Selection = Selection(request),
            Progress = progress,
        };

    /// <summary>The selection a build asks for (<c>TaskerFrom</c>, <c>TaskerOnly</c>, <c>TaskerSkip</c>).</summary>
    public static EntrySelection Selection(HostRequest request) => new()
    {
        From = string.IsNullOrWhiteSpace(request.SelectFrom) ? null : new EntrySelector(request.SelectFrom.Trim(), "TaskerFrom"),
        Only = Selectors(request.SelectOnly, "TaskerOnly"),
        Skip = Selectors(request.SelectSkip, "TaskerSkip"),
    };

    private static EntrySelector[] Selectors(IReadOnlyList<string> texts, string option) =>
        [.. texts.Where(text => !string.IsNullOrWhiteSpace(text)).Select(text => new EntrySelector(text.Trim(), option))];
}
