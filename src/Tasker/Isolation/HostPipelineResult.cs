namespace Tasker.Isolation;

/// <summary>
/// How a pipeline ended (the engine's PipelineResult, in a form both task builds can read). <see cref="InputFiles"/>
/// lists every profile file it read and <see cref="EnvironmentVariables"/> every variable its <c>$E</c> values read,
/// so a build can rerun it when one of them changes.
/// </summary>
internal sealed record HostPipelineResult(string Name, bool Succeeded, bool StoppedByTask, int TasksRun, double ElapsedMilliseconds, IReadOnlyList<string> InputFiles)
{
    public IReadOnlyList<string> EnvironmentVariables { get; init; } = [];

    /// <summary>A pipeline that could not start (its assembly did not load, or its host did not start).</summary>
    public static HostPipelineResult NotRun(string profilePath) =>
        new(Path.GetFileNameWithoutExtension(profilePath), Succeeded: false, StoppedByTask: false, TasksRun: 0, ElapsedMilliseconds: 0, InputFiles: [profilePath]);
}
