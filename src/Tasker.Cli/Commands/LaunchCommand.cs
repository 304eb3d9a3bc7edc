using System.CommandLine;
using Tasker.Cli.Output;
using Tasker.Cli.Plans;
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
            Build = context.Build,
            CancellationToken = context.Cancellation,
            Selection = context.Selection,
        });

        // Ctrl+C gets the tool's own code (TSK6007) after the engine's report of the entry it stopped.
        context.Cancellation.ThrowIfCancellationRequested();

        AddPlanPicture(context);

        // A pipeline that failed before its first task was refused: its profile is what needs fixing.
        return result.Succeeded ? ExitCodes.Success : result.TasksRun == 0 ? ExitCodes.UsageOrProfileError : ExitCodes.PipelineFailed;
    }

    // GitHub renders Mermaid in the job summary: the pipeline's picture goes under the run's table. The check is made
    // again (its diagnostics were reported by the run) only when a summary is written.
    private static void AddPlanPicture(ProfileCommandContext context)
    {
        if (!context.Output.Ci.HasSummary)
        {
            return;
        }

        var check = Engine.Check(context.ProfilePath, context.Tasks, context.StateDirectory, context.Build, context.Selection);
        if (check.Succeeded)
        {
            context.Output.Ci.AddToSummary($"<details><summary>Pipeline plan</summary>\n\n```mermaid\n{PlanFormats.Mermaid(PlanGraph.Of(check, context.Tasks))}```\n\n</details>\n");
        }
    }
}
