using Tasker.Events;
using Tasker.Isolation;
#if NET
using Tasker.MSBuild.InProcess;
#endif

namespace Tasker.MSBuild.Isolation;

/// <summary>
/// Runs each pipeline where its isolation mode says: in the MSBuild node or in the out-of-process host. Each is
/// set up on first use, so a build that never needs the host never starts one.
/// </summary>
/// <param name="takeStartedHost">Hands over a host already started for a launch, if one was (see <see cref="PrepareTaskerPipelines"/>).</param>
internal sealed class IsolatedPipelines(HostSetup setup, CancellationToken cancellationToken, Func<HostLaunch, HostProcess?>? takeStartedHost = null) : IDisposable
{
#if NET
    private InProcessPipelines? _inProcess;
#endif
    private ProcessPipelines? _process;

    /// <summary>False in the .NET Framework build of the task, which only launches the host.</summary>
    public static bool InProcessAvailable =>
#if NET
        true;
#else
        false;
#endif

    /// <summary>Whether the assembly's code calls Environment.Exit (never checked in the .NET Framework build, which always uses the host).</summary>
    public static bool CallsEnvironmentExit(string assemblyPath) =>
#if NET
        EnvironmentExitScan.CallsEnvironmentExit(assemblyPath);
#else
        false;
#endif

    /// <param name="events">Where this pipeline's events go (a profile with ContinueOnError gets its errors as warnings).</param>
    /// <param name="progress">How the build words the pipeline's progress, wherever it runs.</param>
    public PipelineResult Run(IsolationMode mode, HostRequest request, IPipelineEvents events, IPipelineProgress progress)
    {
#if NET
        if (mode == IsolationMode.None)
        {
            _inProcess ??= new InProcessPipelines(cancellationToken);
            return _inProcess.Run(request, events, progress);
        }
#endif
        _process ??= new ProcessPipelines(setup, cancellationToken, takeStartedHost);
        return _process.Run(request, events, progress);
    }

    public void Dispose()
    {
        _process?.Dispose();
#if NET
        _inProcess?.Dispose();
#endif
    }
}
