using Tasker.Isolation;

namespace Tasker.Host;

/// <summary>Writes protocol lines to the channel, one whole line at a time from any thread, flushed at once.</summary>
internal sealed class ProtocolWriter(TextWriter output)
{
    private readonly object _gate = new();

    public void Write(HostEvent hostEvent)
    {
        var line = HostProtocol.Serialize(hostEvent);
        lock (_gate)
        {
            try
            {
                output.Write(line);
                output.Write('\n');
                output.Flush();
            }
            catch (IOException)
            {
                // The build that started this host is gone (killed, or its node ended): nobody is left to report
                // to, and a task must not go on running unseen.
                Environment.Exit(1);
            }
        }
    }
}
