using System.Text;
using Tasker.Events;

namespace Tasker.Execution;

/// <summary>
/// Sends what tasks write to <see cref="Console.Out"/> and <see cref="Console.Error"/> to their pipeline's events,
/// line by line, while every other writer of the process (MSBuild itself, other pipelines on other threads) keeps the
/// real console. The route follows the pipeline's execution context, so container branches on pool threads are routed
/// too. While a pipeline runs, <see cref="Console.In"/> is empty: a task that reads it gets end-of-input at once instead
/// of waiting on the build's terminal.
/// </summary>
internal static class ConsoleRouter
{
    private static readonly object Gate = new();
    private static readonly AsyncLocal<Streams?> Current = new();
    private static int _users;
    private static TextWriter? _originalOut;
    private static TextWriter? _originalError;
    private static TextReader? _originalIn;
    private static RoutingWriter? _out;
    private static RoutingWriter? _error;

    // What Console hands back once the routing is installed: it wraps every writer and reader it is given in a
    // synchronized one, so these, not _out and _error, tell whether a task has replaced them since.
    private static TextWriter? _installedOut;
    private static TextWriter? _installedError;
    private static TextReader? _installedIn;

    /// <summary>Routes this execution context's console output to <paramref name="events"/> until disposed.</summary>
    /// <param name="events">Where each line goes, as a normal message.</param>
    /// <param name="source">
    /// Named before each line ("source: line"): a container branch names itself, as its log records do, so lines of
    /// branches running at once can be told apart. The prefix is made on the first line: most tasks print nothing.
    /// </param>
    public static IDisposable Route(IPipelineEvents events, string? source = null)
    {
        // Within a pipeline's route (every branch of a fork) the routing is in place: count this user without the
        // lock the branches of a large fork would queue on. Only the first user installs and the last one removes.
        if (!TryChangeUsers(+1))
        {
            lock (Gate)
            {
                if (Interlocked.Increment(ref _users) == 1)
                {
                    _originalOut = Console.Out;
                    _originalError = Console.Error;
                    _originalIn = Console.In;
                    _out = new RoutingWriter(_originalOut, route => route.Out);
                    _error = new RoutingWriter(_originalError, route => route.Error);
                }

                Install();
            }
        }
        else
        {
            Reinstate();
        }

        var previous = Current.Value;
        var route = new Streams(events, source);
        Current.Value = route;
        return new Registration(route, previous);
    }

    /// <summary>
    /// Puts the routing back in place before a task runs: an earlier task may have called <see cref="Console.SetOut"/>,
    /// <see cref="Console.SetError"/> or <see cref="Console.SetIn"/>, which must not silence or redirect the tasks after it.
    /// </summary>
    public static void Reinstate()
    {
        // Every task of a large fork comes here: the usual case, nothing replaced, takes no lock.
        if (IsInstalled())
        {
            return;
        }

        lock (Gate)
        {
            if (_users > 0)
            {
                Install();
            }
        }
    }

    // Adds or removes a user while the routing stays in place: never from none (the first user installs) nor to none
    // (the last one restores the console), which happen under the lock.
    private static bool TryChangeUsers(int change)
    {
        var users = Volatile.Read(ref _users);
        while (users > 0 && users + change > 0)
        {
            var seen = Interlocked.CompareExchange(ref _users, users + change, users);
            if (seen == users)
            {
                return true;
            }

            users = seen;
        }

        return false;
    }

    private static bool IsInstalled() =>
        Volatile.Read(ref _users) > 0
        && ReferenceEquals(Console.Out, Volatile.Read(ref _installedOut))
        && ReferenceEquals(Console.Error, Volatile.Read(ref _installedError))
        && ReferenceEquals(Console.In, Volatile.Read(ref _installedIn));

    private static void Install()
    {
        if (!ReferenceEquals(Console.Out, _installedOut))
        {
            Console.SetOut(_out!);
            Volatile.Write(ref _installedOut, Console.Out);
        }

        if (!ReferenceEquals(Console.Error, _installedError))
        {
            Console.SetError(_error!);
            Volatile.Write(ref _installedError, Console.Error);
        }

        if (!ReferenceEquals(Console.In, _installedIn))
        {
            Console.SetIn(TextReader.Null);
            Volatile.Write(ref _installedIn, Console.In);
        }
    }

    // The line buffers are made on a stream's first write: most tasks print nothing, and a fork of thousands of
    // branches made two buffers per branch.
    private sealed class Streams(IPipelineEvents events, string? source)
    {
        private LineBuffer? _out;
        private LineBuffer? _error;

        public LineBuffer Out => Volatile.Read(ref _out) ?? Create(ref _out);

        public LineBuffer Error => Volatile.Read(ref _error) ?? Create(ref _error);

        public void FlushPartialLines()
        {
            Volatile.Read(ref _out)?.FlushPartialLine();
            Volatile.Read(ref _error)?.FlushPartialLine();
        }

        private LineBuffer Create(ref LineBuffer? buffer) =>
            Interlocked.CompareExchange(ref buffer, new LineBuffer(events, source is null ? string.Empty : $"{source}: "), null) ?? buffer!;
    }

    private sealed class Registration(Streams route, Streams? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            route.FlushPartialLines();
            Current.Value = previous;
            if (TryChangeUsers(-1))
            {
                return;
            }

            lock (Gate)
            {
                if (Interlocked.Decrement(ref _users) == 0)
                {
                    Console.SetOut(_originalOut!);
                    Console.SetError(_originalError!);
                    Console.SetIn(_originalIn!);
                    _originalOut = _originalError = _installedOut = _installedError = null;
                    _originalIn = _installedIn = null;
                    _out = _error = null;
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

    private sealed class RoutingWriter(TextWriter original, Func<Streams, LineBuffer> stream) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override void Write(char value)
        {
            if (Current.Value is { } route && stream(route) is var buffer)
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
            if (Current.Value is { } route && stream(route) is var buffer)
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
