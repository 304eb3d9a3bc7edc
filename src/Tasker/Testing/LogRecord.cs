using Microsoft.Extensions.Logging;

namespace Tasker.Testing;

/// <summary>
/// One thing a task (or Tasker on its behalf) reported during <see cref="TaskTest.Run(ITask, Profile, TestStorage?, CancellationToken, BuildContext?)"/>:
/// what the build would show as an error, a warning or a message.
/// </summary>
/// <param name="Level">Error and Critical records fail the run, as they fail a pipeline.</param>
/// <param name="Code">The diagnostic code of errors and warnings (for example <c>TSK2005</c>, or the task's own); null for messages.</param>
/// <param name="Message">The text, prefixed with the task's name as the build shows it.</param>
public sealed record LogRecord(LogLevel Level, string? Code, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Code is null ? $"{Level}: {Message}" : $"{Level} {Code}: {Message}";
}
