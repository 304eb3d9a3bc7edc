using MSBuildTask = Microsoft.Build.Utilities.Task;
using Microsoft.Build.Framework;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.MSBuild.Isolation;

namespace Tasker.MSBuild;

/// <summary>
/// Starts the out-of-process host while the project is still compiling, when its pipelines will run there, so the
/// host's own start (a .NET process, the engine loading) overlaps the rest of the build instead of following it.
/// <see cref="RunTaskerPipelines"/> takes the host when it runs the first pipeline. Only a head start: whatever goes
/// wrong here is left for the pipelines' own start of the host to report.
/// </summary>
public sealed class StartTaskerHost : MSBuildTask
{
    /// <summary>The project being built (MSBuildProjectFullPath); with the target framework, names the host.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>The target framework of this inner build.</summary>
    public string? TargetFramework { get; set; }

    /// <summary>Where pipelines keep state; the host's runtime config goes here when no path is given.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>The project's <c>FrameworkReference</c> items, for the host's runtime.</summary>
    public ITaskItem[] FrameworkReferences { get; set; } = [];

    /// <summary>The project's <c>TargetFrameworkIdentifier</c>, for the host's runtime.</summary>
    public string? TargetFrameworkIdentifier { get; set; }

    /// <summary>The project's <c>TargetFrameworkVersion</c>, for the host's runtime.</summary>
    public string? TargetFrameworkVersion { get; set; }

    /// <summary>Where the host's generated runtimeconfig.json goes.</summary>
    public string? HostRuntimeConfigPath { get; set; }

    /// <summary>The host assembly; by default the one shipped next to the task.</summary>
    public string? HostAssemblyPath { get; set; }

    /// <summary>The dotnet executable that starts the host; by default <c>DOTNET_HOST_PATH</c>.</summary>
    public string? DotNetHostPath { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            var setup = HostSetup.For(TargetFrameworkIdentifier, TargetFrameworkVersion, [.. FrameworkReferences.Select(item => item.ItemSpec)], HostRuntimeConfigPath, StateDirectory, HostAssemblyPath, DotNetHostPath);

            // The pipelines' task prepares the launch again and reports what this one found: nothing is said twice.
            var launch = ProcessPipelines.Prepare(setup, SourceLocation.OfFile(ProjectFile ?? "."), new CollectingPipelineEvents());
            if (launch is not null)
            {
                StartedHosts.Keep(BuildEngine, ProjectFile, TargetFramework, launch, HostProcess.Start(launch));
                Log.LogMessage(MessageImportance.Low, "Tasker host: started while the project compiles.");
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.LogMessage(MessageImportance.Low, $"Tasker host: not started early ({exception.GetType().Name}: {exception.Message}); the pipelines start it.");
        }

        return true;
    }
}
