namespace Tasker.Cli.Ci;

/// <summary>The CI service whose log the tool writes to (<c>--ci</c>): annotations, groups and a job summary.</summary>
internal enum CiSystem
{
    /// <summary>Plain output only.</summary>
    None,

    /// <summary>GitHub Actions workflow commands and the job summary file.</summary>
    GitHubActions,

    /// <summary>Azure Pipelines logging commands.</summary>
    AzurePipelines,
}
