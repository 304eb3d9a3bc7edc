using Tasker.Launcher;
using Tasker.Requests;

namespace Tasker.Planning;

/// <summary>An <see cref="EntrySelection"/> matched to the entries of one profile: which entries run, and which branches of a container.</summary>
internal sealed class ResolvedSelection(IReadOnlySet<int> notSelected, IReadOnlyDictionary<int, BranchSelection> branches)
{
    public static ResolvedSelection Everything { get; } = new(new HashSet<int>(), new Dictionary<int, BranchSelection>());

    public bool IsSelected(MetaEntry entry) => !notSelected.Contains(entry.Index);

    /// <summary>The branches asked for of a container entry; <see langword="null"/> when all of them.</summary>
    public BranchSelection? BranchesOf(MetaEntry entry) => branches.GetValueOrDefault(entry.Index);
}
