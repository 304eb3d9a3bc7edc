namespace Tasker.Testing;

/// <summary>
/// The test itself is wrong, not the task: its TOML does not parse, a typed value does not convert, or the method
/// given to <see cref="TaskTest.RunFunction"/> is not a function task. The message says what to fix.
/// </summary>
public sealed class TaskTestException : Exception
{
    /// <summary>Creates the exception with the message the test author should read.</summary>
    public TaskTestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the message the test author should read and its cause.</summary>
    public TaskTestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public TaskTestException()
        : base("The task test is not set up correctly.")
    {
    }
}
