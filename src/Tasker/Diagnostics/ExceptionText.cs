namespace Tasker.Diagnostics;

/// <summary>
/// The text of an exception thrown by code Tasker does not own (a task, a $M method, a constructor). Such an exception
/// may override <see cref="Exception.Message"/> or <see cref="Exception.ToString"/> to throw or to return null; the
/// report about it must still be written, so these never throw.
/// </summary>
internal static class ExceptionText
{
    /// <summary>The exception's message, or a note saying it could not be read.</summary>
    public static string Message(Exception exception)
    {
        try
        {
            return exception.Message ?? "(no message)";
        }
        catch (Exception failure)
        {
            return $"(its Message threw {failure.GetType().Name})";
        }
    }

    /// <summary>The exception with its stack trace, for detailed logs, or its type and message when that cannot be read.</summary>
    public static string Full(Exception exception)
    {
        try
        {
            return exception.ToString() ?? $"{exception.GetType().FullName}: {Message(exception)}";
        }
        catch (Exception failure)
        {
            return $"{exception.GetType().FullName}: {Message(exception)} (its ToString threw {failure.GetType().Name})";
        }
    }
}
