using System.IO.Pipes;

namespace Tasker.Isolation;

/// <summary>
/// The dedicated channel between the build and its host: a named pipe the build creates for one host and names on
/// the host's command line. The host connects to it before it runs anything, and the pipe takes one connection
/// only, so nothing a task starts can write to it; the host's standard output and error stay ordinary output. On
/// Unix the pipe is a socket that .NET opens close-on-exec, so the task's child processes do not inherit it either.
/// </summary>
internal static class HostChannel
{
    /// <summary>The host's command-line option that names the pipe.</summary>
    public const string Option = "--channel";

    /// <summary>A name no other build or host uses: the pipe lives as long as one host.</summary>
    public static string NewName() => $"tasker-{Guid.NewGuid():N}";

    /// <summary>Only the user who runs the build can open the pipe (where the framework can say so).</summary>
    public static PipeOptions Options =>
#if NET
        PipeOptions.Asynchronous | PipeOptions.CurrentUserOnly;
#else
        PipeOptions.Asynchronous;
#endif

    /// <summary>The pipe's name in the host's arguments, or <see langword="null"/> when they name none.</summary>
    public static string? NameIn(IReadOnlyList<string> arguments)
    {
        for (var index = 0; index + 1 < arguments.Count; index++)
        {
            if (string.Equals(arguments[index], Option, StringComparison.Ordinal))
            {
                return arguments[index + 1];
            }
        }

        return null;
    }
}
