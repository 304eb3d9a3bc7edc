using MSBuildTask = Microsoft.Build.Utilities.Task;
using Microsoft.Build.Framework;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.MSBuild.Isolation;
#if NET
using Tasker.Hosting;
#endif

namespace Tasker.MSBuild;

/// <summary>
/// Gets ready for the pipelines while the project is still compiling, so their cold start overlaps the rest of the
/// build instead of following it: starts the out-of-process host when a pipeline will run there (<see
/// cref="RunTaskerPipelines"/> takes it for the first such pipeline), and prepares the engine's code in this node on
/// another thread when a pipeline may run here. Where each runs is decided by the same rules as the pipelines' task. Only a head start: whatever goes wrong here is left for the
/// pipelines' own run to report.
/// </summary>
public sealed class PrepareTaskerPipelines : MSBuildTask
{
    /// <summary>The profiles the pipelines will run; metadata <c>Isolation</c> overrides <see cref="Isolation"/> for one.</summary>
    public ITaskItem[] Profiles { get; set; } = [];

    /// <summary><c>auto</c> (default), <c>process</c> or <c>none</c>: where pipelines run (MSBuild's <c>TaskerIsolation</c>).</summary>
    public string? Isolation { get; set; }

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
        // Where each profile will run, decided as the pipelines' task decides, except that the output assembly does not
        // exist yet to be scanned for Environment.Exit. What the selector reports (a setting it cannot read) is left for
        // the pipelines' task to report.
        var frameworkReferences = FrameworkReferences.Select(item => item.ItemSpec).ToList();
        var selector = new IsolationSelector(Isolation, frameworkReferences, ProjectFile ?? ".", assemblyPath: null, new CollectingPipelineEvents());
        var modes = new HashSet<IsolationMode>();
        foreach (var profile in Profiles)
        {
            if (selector.ModeFor(profile) is { } mode)
            {
                modes.Add(mode);
            }
        }

#if NET
        if (modes.Contains(IsolationMode.None))
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => Engine.WarmUp(), null);
            Log.LogMessage(MessageImportance.Low, "Tasker: preparing the engine in this node while the project compiles.");
        }
#endif

        if (modes.Contains(IsolationMode.Process))
        {
            StartHostNow(frameworkReferences);
        }

        return true;
    }

    private void StartHostNow(IReadOnlyList<string> frameworkReferences)
    {
        try
        {
            var setup = HostSetup.For(TargetFrameworkIdentifier, TargetFrameworkVersion, frameworkReferences, HostRuntimeConfigPath, StateDirectory, HostAssemblyPath, DotNetHostPath);

            // The pipelines' task prepares the launch again and reports what this one found: nothing is said twice.
            var launch = ProcessPipelines.Prepare(setup, SourceLocation.OfFile(ProjectFile ?? "."), new CollectingPipelineEvents());
            if (launch is not null && StartedHosts.Start(BuildEngine, ProjectFile, TargetFramework, launch))
            {
                Log.LogMessage(MessageImportance.Low, "Tasker host: started while the project compiles.");
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.LogMessage(MessageImportance.Low, $"Tasker host: not started early ({exception.GetType().Name}: {exception.Message}); the pipelines start it.");
        }
    }
}
