using Tasker.Isolation;

namespace Tasker.Host;

/// <summary>Writes protocol lines to the real standard output, one whole line at a time from any thread, flushed at once.</summary>
internal sealed class ProtocolWriter(TextWriter output)
{
    private readonly object _gate = new();

    public void Write(HostEvent hostEvent)
    {
        var line = HostProtocol.Serialize(hostEvent);
        lock (_gate)
        {
            output.Write(line);
            output.Write('\n');
            output.Flush();
        }
    }
}
