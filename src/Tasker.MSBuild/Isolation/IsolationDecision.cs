namespace Tasker.MSBuild.Isolation;

/// <summary>Where a pipeline will run and why, for the detailed log.</summary>
internal sealed record IsolationDecision(IsolationMode Mode, string Reason, bool InProcessRefused = false);
