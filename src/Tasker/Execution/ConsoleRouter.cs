using System.Text;
using Tasker.Events;

namespace Tasker.Execution;

/// <summary>
/// Sends what tasks write to <see cref="Console.Out"/> to their pipeline's events, line by line, while every
/// other writer of the process (MSBuild itself, other pipelines on other threads) keeps the real console.
/// The route follows the pipeline's execution context, so container branches on pool threads are routed too.
/// </summary>
internal static class ConsoleRouter
{
    private static readonly object Gate = new();
    private static readonly AsyncLocal<LineBuffer?> Current = new();
    private static int _users;
    private static TextWriter? _original;

    /// <summary>Routes this execution context's console output to <paramref name="events"/> until disposed.</summary>
    /// <param name="events">Where each line goes, as a normal message.</param>
    /// <param name="linePrefix">
    /// Put before each line: a container branch names itself, as its log records do, so lines of branches running
    /// at once can be told apart.
    /// </param>
    public static IDisposable Route(IPipelineEvents events, string linePrefix = "")
    {
        lock (Gate)
        {
            if (_users++ == 0)
            {
                _original = Console.Out;
                Console.SetOut(new RoutingWriter(_original));
            }
        }

        var previous = Current.Value;
        var buffer = new LineBuffer(events, linePrefix);
        Current.Value = buffer;
        return new Registration(buffer, previous);
    }

    private sealed class Registration(LineBuffer buffer, LineBuffer? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            buffer.FlushPartialLine();
            Current.Value = previous;
            lock (Gate)
            {
                if (--_users == 0 && _original is not null)
                {
                    Console.SetOut(_original);
                    _original = null;
                }
            }
        }
    }

    private sealed class LineBuffer(IPipelineEvents events, string linePrefix)
    {
        private readonly StringBuilder _line = new();

        public void Write(char value)
        {
            lock (_line)
            {
                if (value == '\n')
                {
                    Emit();
                }
                else if (value != '\r')
                {
                    _line.Append(value);
                }
            }
        }

        public void FlushPartialLine()
        {
            lock (_line)
            {
                if (_line.Length > 0)
                {
                    Emit();
                }
            }
        }

        private void Emit()
        {
            var text = _line.ToString();
            _line.Clear();
            events.Message(MessageLevel.Normal, linePrefix + text);
        }
    }

    private sealed class RoutingWriter(TextWriter original) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override void Write(char value)
        {
            if (Current.Value is { } buffer)
            {
                buffer.Write(value);
            }
            else
            {
                original.Write(value);
            }
        }

        public override void Write(string? value)
        {
            if (Current.Value is { } buffer)
            {
                foreach (var character in value ?? string.Empty)
                {
                    buffer.Write(character);
                }
            }
            else
            {
                original.Write(value);
            }
        }

        public override void Flush() => original.Flush();
    }
}
