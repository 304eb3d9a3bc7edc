using System.CommandLine;
using Tasker.Cli.Output;
using Tasker.Cli.Plans;
using Tasker.Diagnostics;
using Tasker.Execution;
using Tasker.Hosting;
using Tasker.Launcher;
using Tasker.Requests;

namespace Tasker.Cli.Commands;

/// <summary><c>tasker launch -f profile.toml</c>: runs a pipeline, as the build would, and shows it on the console.</summary>
internal static class LaunchCommand
{
    public const string Name = "launch";

    public static Command Create(GlobalOptions global)
    {
        var cacheDirectory = new Option<string>("--cache-dir")
        {
            Description = "The result cache's folder (default: tasker-cache in the project's state folder, else obj/tasker-cache beside the profile).",
            HelpName = "folder",
        };
        var cacheSize = new Option<string>("--cache-size")
        {
            Description = "The most the result cache keeps before it evicts the least recently used results: bytes, or 500MB, 2GB (default: 1GB).",
            HelpName = "size",
        };
        var partition = new Option<string>("--partition")
        {
            Description = "Run only share I of N of every cacheable fork's and map's branches and keep their results in the cache (for a CI matrix).",
            HelpName = "I/N",
        };
        return ProfileCommand.Create(
            Name,
            "Run the pipeline of a launcher profile.",
            global,
            context => Launch(context, context.Parse.GetValue(cacheDirectory), context.Parse.GetValue(cacheSize), context.Parse.GetValue(partition)),
            cacheDirectory,
            cacheSize,
            partition);
    }

    private static int Launch(ProfileCommandContext context, string? cacheDirectory, string? cacheSizeText, string? partitionText)
    {
        long? cacheSize = null;
        if (cacheSizeText is not null)
        {
            cacheSize = ByteSizeParser.TryParse(cacheSizeText, out var bytes) ? bytes : throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.InvalidCacheSizeLimit,
                SourceLocation.OfFile(context.ProfilePath),
                $"--cache-size {cacheSizeText} is not a size: write {ByteSizeParser.Syntax}."));
        }

        var partition = partitionText is null ? null : Partition.Parse(partitionText) ?? throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.InvalidPartition,
            SourceLocation.OfFile(context.ProfilePath),
            $"--partition {partitionText} is not a share: write I/N with whole numbers 1 <= I <= N, for example --partition 2/4."));
        LargeProfileCollections.DeferFor(context.ProfilePath);
        using var reporter = new ConsolePipelineReporter(context.Output);
        var result = Engine.Run(new PipelineOptions(context.ProfilePath, reporter)
        {
            Progress = reporter,
            StateDirectory = context.StateDirectory,
            Build = context.Build,
            CancellationToken = context.Cancellation,
            Selection = context.Selection,
            CacheDirectory = cacheDirectory is null ? null : Path.GetFullPath(cacheDirectory),
            CacheSizeLimit = cacheSize,
            Partition = partition,
        }, context.Tasks);

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
            context.Output.Ci.AddToSummary($"<details><summary>Pipeline plan</summary>\n\n```mermaid\n{PlanFormats.Mermaid(Engine.Preview(check, context.Tasks))}```\n\n</details>\n");
        }
    }
}
