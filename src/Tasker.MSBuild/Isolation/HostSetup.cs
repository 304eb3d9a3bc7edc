namespace Tasker.MSBuild.Isolation;

/// <summary>What the task knows about the project that decides how the host starts.</summary>
internal sealed record HostSetup(
    string? TargetFrameworkIdentifier,
    string? TargetFrameworkVersion,
    IReadOnlyList<string> FrameworkReferences,
    string RuntimeConfigPath,
    string? HostAssemblyPath,
    string? DotNetHostPath)
{
    /// <summary>The setup from the tasks' parameters; the runtime config goes to the state folder when no path is given.</summary>
    public static HostSetup For(string? targetFrameworkIdentifier, string? targetFrameworkVersion, IReadOnlyList<string> frameworkReferences, string? runtimeConfigPath, string? stateDirectory, string? hostAssemblyPath, string? dotNetHostPath) => new(
        targetFrameworkIdentifier,
        targetFrameworkVersion,
        frameworkReferences,
        string.IsNullOrWhiteSpace(runtimeConfigPath) ? Path.Combine(stateDirectory ?? Path.GetTempPath(), "tasker.host.runtimeconfig.json") : runtimeConfigPath!,
        hostAssemblyPath,
        dotNetHostPath);
}
