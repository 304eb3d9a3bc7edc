namespace Tasker.Cli;

/// <summary>What the tool's exit code tells a script or CI.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The pipeline ran and failed (a task failed, or the command was cancelled).</summary>
    public const int PipelineFailed = 1;

    /// <summary>Nothing ran: the command line, the profile, or the project to take task classes from is wrong.</summary>
    public const int UsageOrProfileError = 2;
}
