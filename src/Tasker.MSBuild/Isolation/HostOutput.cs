using Tasker.Isolation;

namespace Tasker.MSBuild.Isolation;

/// <summary>
/// What the build receives from a running host, in arrival order: an event from its channel, a line it (or a
/// process a task started) printed, or the end of the channel, after which nothing more comes from this host.
/// </summary>
internal sealed class HostOutput
{
    public static HostOutput ChannelClosed { get; } = new();

    public HostEvent? Event { get; private init; }

    public string? PrintedLine { get; private init; }

    public static HostOutput From(HostEvent hostEvent) => new() { Event = hostEvent };

    public static HostOutput Printed(string line) => new() { PrintedLine = line };
}
