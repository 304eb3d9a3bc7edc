using Tasker.Launcher;
using Tasker.Requests;

namespace Tasker.Planning;

/// <summary>An <see cref="EntrySelection"/> matched to the entries of one profile: which entries run, and which branches of a container.</summary>
internal sealed class ResolvedSelection(IReadOnlySet<int>? notSelected, IReadOnlyDictionary<int, BranchSelection>? branches)
{
    // No collections at all for the usual run of everything: sets and dictionaries keyed by int are generic code no
    // precompiled image holds, compiled just in time in every launch that touched them.
    public static ResolvedSelection Everything { get; } = new(null, null);

    public bool IsSelected(MetaEntry entry) => notSelected is null || !notSelected.Contains(entry.Index);

    /// <summary>The branches asked for of a container entry; <see langword="null"/> when all of them.</summary>
    public BranchSelection? BranchesOf(MetaEntry entry) => branches is not null && branches.TryGetValue(entry.Index, out var selected) ? selected : null;
}
