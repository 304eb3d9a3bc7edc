using System.Text;
using Tasker.Events;
using Tasker.Isolation;

namespace Tasker.Host;

/// <summary>
/// Takes the place of the host's console writers: each line written becomes a message event, so console output
/// that the pipeline's own console route does not catch still reaches the build log, and never the protocol.
/// </summary>
internal sealed class ConsoleMessageWriter(ProtocolWriter protocol) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_line)
        {
            if (value == '\n')
            {
                var text = _line.ToString();
                _line.Clear();
                protocol.Write(HostEvent.Logged(MessageLevel.Normal, text));
            }
            else if (value != '\r')
            {
                _line.Append(value);
            }
        }
    }

    public override void Flush()
    {
        lock (_line)
        {
            if (_line.Length > 0)
            {
                Write('\n');
            }
        }
    }
}
