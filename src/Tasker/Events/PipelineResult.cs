namespace Tasker.Events;

/// <summary>
/// How a pipeline ended. <see cref="InputFiles"/> lists every profile file it read and
/// <see cref="EnvironmentVariables"/> every variable its <c>$E</c> values read, so a build can rerun it when one
/// of them changes.
/// </summary>
internal sealed record PipelineResult(string Name, bool Succeeded, bool StoppedByTask, int TasksRun, TimeSpan Elapsed, IReadOnlyCollection<string> InputFiles)
{
    public IReadOnlyList<string> EnvironmentVariables { get; init; } = [];

    /// <summary>Entries the run's selection (<c>--only</c>, <c>TaskerOnly</c>…) left out; they did not run.</summary>
    public int EntriesNotSelected { get; init; }

    /// <summary>A pipeline that could not start (its assembly did not load, or its host did not start).</summary>
    public static PipelineResult NotRun(string profilePath) =>
        new(Path.GetFileNameWithoutExtension(profilePath), Succeeded: false, StoppedByTask: false, TasksRun: 0, TimeSpan.Zero, [profilePath]);

    /// <summary>Entries and branches run, restored from the result cache and skipped.</summary>
    public WorkCounts Work { get; init; } = WorkCounts.None;
}
