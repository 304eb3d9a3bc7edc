using Tasker.Diagnostics;
using Tasker.Profiles;

namespace Tasker.Containers;

/// <summary>One branch of a container: its stable id, the place diagnostics point at, its task's table and retry bound.</summary>
internal sealed record BranchPlan(string Id, SourceLocation Location, ProfileTable Table, int MaxRetries)
{
    /// <summary>The branch's own <c>cache</c>, <c>inputs</c> and <c>outputs</c> (a [[tasks]] entry's); see <see cref="BranchCaching.Within"/>.</summary>
    public BranchCaching Caching { get; init; } = BranchCaching.None;
}
