using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.Benchmarks;

/// <summary>Drops every event, so benchmarks measure the engine and not a growing list.</summary>
internal sealed class NullPipelineEvents : IPipelineEvents
{
    public void Report(Diagnostic diagnostic)
    {
    }

    public void Message(MessageLevel level, string text)
    {
    }
}
