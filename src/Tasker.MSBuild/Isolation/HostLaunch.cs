namespace Tasker.MSBuild.Isolation;

/// <summary>How to start the host: <c>dotnet exec --runtimeconfig RuntimeConfigPath HostAssemblyPath</c>.</summary>
internal sealed record HostLaunch(string DotNetPath, string RuntimeConfigPath, string HostAssemblyPath);
