using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.Execution;

/// <summary>
/// The logger a task receives. Errors and warnings become diagnostics at the task's <c>[[__meta__]]</c> entry, or
/// at the place a <see cref="LocatedLogState"/> carries; other records become messages. An <see cref="EventId"/> whose name looks like a code (for example
/// <c>new EventId(1, "DATA001")</c>) is used as the diagnostic's code, so users can NoWarn it.
/// </summary>
internal sealed partial class TaskLogger(string taskName, SourceLocation location, LogLevel minimumLevel, IPipelineEvents events) : ILogger
{
    private int _errorCount;

    public bool LoggedError => Volatile.Read(ref _errorCount) > 0;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <summary>
    /// Errors are always enabled: an error fails the pipeline, so it is always reported, whatever <c>log.level</c>
    /// says (even <c>CRITICAL</c> or <c>NONE</c>); the level filters only warnings and informational records.
    /// </summary>
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && (IsError(logLevel) || logLevel >= minimumLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (IsError(logLevel))
        {
            Interlocked.Increment(ref _errorCount);
        }

        if (!IsEnabled(logLevel))
        {
            return;
        }

        // A record logged with LogErrorAt/LogWarningAt points at its own place, and its text leaves the place out.
        var (at, message) = state is LocatedLogState located
            ? (new SourceLocation(located.File, located.Line, located.Column), located.Message)
            : (location, formatter(state, exception));
        if (exception is not null)
        {
            message = $"{message} ({exception.GetType().Name}: {ExceptionText.Message(exception)})";
        }

        switch (logLevel)
        {
            case LogLevel.Critical or LogLevel.Error:
                events.Report(new Diagnostic(CodeOf(eventId, DiagnosticCodes.TaskLoggedError), DiagnosticSeverity.Error, at, Diagnostic.Flatten($"{taskName}: {message}")));
                break;
            case LogLevel.Warning:
                events.Report(new Diagnostic(CodeOf(eventId, DiagnosticCodes.TaskLoggedWarning), DiagnosticSeverity.Warning, at, Diagnostic.Flatten($"{taskName}: {message}")));
                break;
            case LogLevel.Information:
                events.Message(MessageLevel.Normal, $"{taskName}: {message}");
                break;
            default:
                events.Message(MessageLevel.Detail, $"{taskName}: {message}");
                break;
        }
    }

    private static bool IsError(LogLevel logLevel) => logLevel is LogLevel.Error or LogLevel.Critical;

    private static string CodeOf(EventId eventId, DiagnosticDescriptor fallback) =>
        eventId.Name is { } name && CodePattern().IsMatch(name) ? name : fallback.Code;

    [GeneratedRegex("^[A-Za-z]{2,10}[0-9]{1,6}$")]
    private static partial Regex CodePattern();
}
