using Microsoft.Build.Framework;

namespace Tasker.MSBuild.Isolation;

/// <summary>
/// Hosts started while the project compiles (<see cref="PrepareTaskerPipelines"/>), kept by MSBuild until the
/// pipelines take them: one per project, target framework and launch. The process is started on another thread, so
/// the build goes on meanwhile. A host no pipeline takes (the compiler failed, every profile ran in the node) is
/// disposed by MSBuild when the build ends, and exits.
/// </summary>
internal static class StartedHosts
{
    /// <summary>Starts a host for this launch, kept for the pipelines; false when the build engine cannot keep one.</summary>
    public static bool Start(IBuildEngine? engine, string? projectFile, string? targetFramework, HostLaunch launch)
    {
        if (engine is not IBuildEngine4 keeper)
        {
            return false;
        }

        var key = Key(projectFile, targetFramework, launch);
        (keeper.UnregisterTaskObject(key, RegisteredTaskObjectLifetime.Build) as IDisposable)?.Dispose();
        keeper.RegisterTaskObject(key, new Starting(Task.Run(() => HostProcess.Start(launch))), RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        return true;
    }

    /// <summary>The host started for this launch, now the caller's to run and dispose; null when none was, or it could not start.</summary>
    public static HostProcess? Take(IBuildEngine? engine, string? projectFile, string? targetFramework, HostLaunch launch)
    {
        if (engine is not IBuildEngine4 keeper || keeper.UnregisterTaskObject(Key(projectFile, targetFramework, launch), RegisteredTaskObjectLifetime.Build) is not Starting starting)
        {
            return null;
        }

        try
        {
            return starting.Host.GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The pipelines start their own host, and report what stops it.
            return null;
        }
    }

    private static string Key(string? projectFile, string? targetFramework, HostLaunch launch) =>
        $"Tasker.Host|{projectFile}|{targetFramework}|{launch.DotNetPath}|{launch.RuntimeConfigPath}|{launch.HostAssemblyPath}";

    /// <summary>A host being started; disposing it ends the host once it has started.</summary>
    private sealed class Starting(Task<HostProcess> host) : IDisposable
    {
        public Task<HostProcess> Host { get; } = host;

        public void Dispose()
        {
            try
            {
                Host.GetAwaiter().GetResult().Dispose();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // It never started: there is nothing to end.
            }
        }
    }
}
