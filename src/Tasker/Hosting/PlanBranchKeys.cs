namespace Tasker.Hosting;

/// <summary>The storage keys a container's task reads, writes and removes in each branch, as the check found them.</summary>
internal sealed record PlanBranchKeys(IReadOnlyList<string> Require, IReadOnlyList<string> Provide, IReadOnlyList<string> Remove);
