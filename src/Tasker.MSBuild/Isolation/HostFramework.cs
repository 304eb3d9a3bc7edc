namespace Tasker.MSBuild.Isolation;

/// <summary>A shared framework the host's runtime config asks for, with the version to start from.</summary>
internal sealed record HostFramework(string Name, string Version);
