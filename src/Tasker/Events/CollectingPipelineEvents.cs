using Tasker.Diagnostics;

namespace Tasker.Events;

/// <summary>Keeps every event in order; for tests and for hosts that render after the run.</summary>
internal sealed class CollectingPipelineEvents : IPipelineEvents
{
    private readonly object _gate = new();
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<(MessageLevel Level, string Text)> _messages = [];

    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            lock (_gate)
            {
                return [.. _diagnostics];
            }
        }
    }

    public IReadOnlyList<(MessageLevel Level, string Text)> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public void Report(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public void Message(MessageLevel level, string text)
    {
        lock (_gate)
        {
            _messages.Add((level, text));
        }
    }
}
