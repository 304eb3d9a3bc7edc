using Tasker.Diagnostics;
using Tasker.Requests;

namespace Tasker.Planning;

/// <summary>
/// The branches of one fork or map that a run asks for: only the <see cref="Only"/> ones when any are named, less the
/// <see cref="Skip"/> ones. Branches are named by id, as the plan shows them (a fork branch's profile name, included
/// path or position).
/// </summary>
internal sealed record BranchSelection(IReadOnlyList<EntrySelector> Only, IReadOnlyList<EntrySelector> Skip)
{
    public bool Includes(string branchId) =>
        (Only.Count == 0 || Only.Any(selector => Names(selector, branchId))) && !Skip.Any(selector => Names(selector, branchId));

    /// <summary>
    /// The selected branches, in their order; a selector naming no branch is an error at <paramref name="location"/>
    /// (the container's entry) with the nearest ids.
    /// </summary>
    public IReadOnlyList<T> Filter<T>(IReadOnlyList<T> branches, Func<T, string> id, SourceLocation location, ICollection<Diagnostic> diagnostics)
    {
        var ids = branches.Select(id).ToList();
        foreach (var selector in Only.Concat(Skip).Where(selector => !ids.Any(branch => Names(selector, branch))))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.SelectedBranchUnknown,
                location,
                $"{selector} names the branch '{selector.Branch}', which this container does not have. Its branches are {Listed(ids)}.{Suggestions.DidYouMean(selector.Branch!, ids)}"));
        }

        return [.. branches.Where(branch => Includes(id(branch)))];
    }

    private static bool Names(EntrySelector selector, string branchId) => string.Equals(selector.Branch, branchId, StringComparison.Ordinal);

    private static string Listed(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "none" : string.Join(", ", ids.Take(10).Select(id => $"'{id}'")) + (ids.Count > 10 ? $" and {ids.Count - 10} more" : string.Empty);
}
