using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.Testing;

/// <summary>Keeps what a task test reports as log records, in the order it was reported.</summary>
internal sealed class RecordingEvents : IPipelineEvents
{
    private readonly object _gate = new();
    private readonly List<LogRecord> _records = [];

    public IReadOnlyList<LogRecord> Records
    {
        get
        {
            lock (_gate)
            {
                return [.. _records];
            }
        }
    }

    public void Report(Diagnostic diagnostic)
    {
        var level = diagnostic.Severity == DiagnosticSeverity.Error ? LogLevel.Error : LogLevel.Warning;
        Add(new LogRecord(level, diagnostic.Code, diagnostic.Message));
    }

    public void Message(MessageLevel level, string text) =>
        Add(new LogRecord(level == MessageLevel.Detail ? LogLevel.Debug : LogLevel.Information, Code: null, text));

    private void Add(LogRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }
    }
}
