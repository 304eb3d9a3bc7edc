namespace Tasker.MSBuild.Isolation;

/// <summary>The runtime the host will start on, and notes for the detailed log about choices the user did not make.</summary>
internal sealed record HostRuntimePlan(string TargetFramework, IReadOnlyList<HostFramework> Frameworks, string RollForward, IReadOnlyList<string> Notes);
