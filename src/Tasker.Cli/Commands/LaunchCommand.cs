using System.CommandLine;
using Tasker.Cli.Output;
using Tasker.Execution;
using Tasker.Hosting;

namespace Tasker.Cli.Commands;

/// <summary><c>tasker launch -f profile.toml</c>: runs a pipeline, as the build would, and shows it on the console.</summary>
internal static class LaunchCommand
{
    public static Command Create(GlobalOptions global) =>
        ProfileCommand.Create("launch", "Run the pipeline of a launcher profile.", global, Launch);

    private static int Launch(ProfileCommandContext context)
    {
        using var reporter = new ConsolePipelineReporter(context.Output);
        var result = Engine.Run(new PipelineOptions(context.ProfilePath, context.Catalog, reporter)
        {
            Progress = reporter,
            StateDirectory = context.StateDirectory,
            CancellationToken = context.Cancellation,
        });

        // Ctrl+C gets the tool's own code (TSK6007) after the engine's report of the entry it stopped.
        context.Cancellation.ThrowIfCancellationRequested();

        // A pipeline that failed before its first task was refused: its profile is what needs fixing.
        return result.Succeeded ? ExitCodes.Success : result.TasksRun == 0 ? ExitCodes.UsageOrProfileError : ExitCodes.PipelineFailed;
    }
}
