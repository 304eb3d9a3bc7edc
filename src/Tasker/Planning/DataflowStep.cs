using Tasker.Launcher;

namespace Tasker.Planning;

/// <summary>
/// One entry as the dataflow check sees it: what its task declared, or <see langword="null"/> when that cannot be
/// known before the run (a container, whose branches decide what it provides).
/// <paramref name="Selected"/> is false for an entry the run's selection leaves out: what it would provide is not there.
/// </summary>
internal sealed record DataflowStep(MetaEntry Entry, TaskDeclarations? Declarations, bool Selected = true)
{
    /// <summary>For a container: whether it makes fork branches or runs over the last fork's.</summary>
    public ForkBranchUse BranchUse { get; init; }

    /// <summary>For a container: what its task does in each branch; <see langword="null"/> when unknown before the run.</summary>
    public TaskDeclarations? BranchKeys { get; init; }

    /// <summary>Whether the entry's result is cached, so a run that leaves it out restores what it provided.</summary>
    public bool IsCacheable { get; init; }
}
