using Microsoft.Extensions.Logging;

namespace Tasker;

/// <summary>
/// Errors and warnings at a place of the task's own choosing (a row of a data file it reads, a line of a file it
/// generates) instead of its <c>[[__meta__]]</c> entry, so the IDE's error list and CI annotations jump there.
/// </summary>
public static class TaskerLoggerExtensions
{
    /// <summary>Logs an error at <paramref name="file"/>(<paramref name="line"/>,<paramref name="column"/>); the pipeline fails.</summary>
    /// <param name="logger">The task's logger.</param>
    /// <param name="file">The file; a relative path is taken from the current directory.</param>
    /// <param name="line">One-based line; 0 points at the whole file.</param>
    /// <param name="column">One-based column; 0 points at the whole line.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="code">Your own code (two to ten letters, then digits, such as <c>DATA001</c>) so users can NoWarn it; by default Tasker's.</param>
    public static void LogErrorAt(this ILogger logger, string file, int line, int column, string message, string? code = null) =>
        LogAt(logger, LogLevel.Error, file, line, column, message, code);

    /// <summary>Logs a warning at <paramref name="file"/>(<paramref name="line"/>,<paramref name="column"/>).</summary>
    /// <param name="logger">The task's logger.</param>
    /// <param name="file">The file; a relative path is taken from the current directory.</param>
    /// <param name="line">One-based line; 0 points at the whole file.</param>
    /// <param name="column">One-based column; 0 points at the whole line.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="code">Your own code (two to ten letters, then digits, such as <c>DATA001</c>) so users can NoWarn it; by default Tasker's.</param>
    public static void LogWarningAt(this ILogger logger, string file, int line, int column, string message, string? code = null) =>
        LogAt(logger, LogLevel.Warning, file, line, column, message, code);

    private static void LogAt(ILogger logger, LogLevel level, string file, int line, int column, string message, string? code)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var state = new LocatedLogState(Path.GetFullPath(file), Math.Max(line, 0), line > 0 ? Math.Max(column, 0) : 0, message ?? string.Empty);
        // Another logger (a unit test's) still gets the place, in the text.
        logger.Log(level, new EventId(0, code), state, null, static (located, _) => located.ToString());
    }
}
