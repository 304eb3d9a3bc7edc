using Microsoft.Build.Framework;

namespace Tasker.MSBuild.Isolation;

/// <summary>
/// Hosts started while the project compiled (<see cref="StartTaskerHost"/>), kept by MSBuild until the pipelines
/// take them: one per project, target framework and launch. A host no pipeline takes (the compiler failed, every
/// profile ran in the node) is disposed by MSBuild when the build ends, and exits.
/// </summary>
internal static class StartedHosts
{
    public static void Keep(IBuildEngine? engine, string? projectFile, string? targetFramework, HostLaunch launch, HostProcess host)
    {
        if (engine is not IBuildEngine4 keeper)
        {
            host.Dispose();
            return;
        }

        var key = Key(projectFile, targetFramework, launch);
        (keeper.UnregisterTaskObject(key, RegisteredTaskObjectLifetime.Build) as IDisposable)?.Dispose();
        keeper.RegisterTaskObject(key, host, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
    }

    /// <summary>The host started for this launch, now the caller's to run and dispose; null when none was.</summary>
    public static HostProcess? Take(IBuildEngine? engine, string? projectFile, string? targetFramework, HostLaunch launch) =>
        engine is IBuildEngine4 keeper ? keeper.UnregisterTaskObject(Key(projectFile, targetFramework, launch), RegisteredTaskObjectLifetime.Build) as HostProcess : null;

    private static string Key(string? projectFile, string? targetFramework, HostLaunch launch) =>
        $"Tasker.Host|{projectFile}|{targetFramework}|{launch.DotNetPath}|{launch.RuntimeConfigPath}|{launch.HostAssemblyPath}";
}
