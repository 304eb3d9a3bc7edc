namespace Tasker.MSBuild.Isolation;

/// <summary>What the task knows about the project that decides how the host starts.</summary>
internal sealed record HostSetup(
    string? TargetFrameworkIdentifier,
    string? TargetFrameworkVersion,
    IReadOnlyList<string> FrameworkReferences,
    string RuntimeConfigPath,
    string? HostAssemblyPath,
    string? DotNetHostPath);
