using System.Collections;
using Tasker.Planning;
using Tasker.Storage;

namespace Tasker.Containers;

/// <summary>
/// How fork branches live in a storage: the branch ids in fork order under <c>__fork__</c>, and each branch's keys
/// under <c>__fork__/&lt;branch&gt;/&lt;key&gt;</c>. Plain keys, so a persistent storage keeps branches like any value.
/// </summary>
internal static class ForkBranches
{
    public const string ListKey = IContainerCheck.ForkBranchListKey;
    private const string Prefix = "__fork__/";

    public static string Qualify(string branch, string key) => string.Concat(Prefix, branch, "/", key);

    public static bool IsBranchKey(string key) => key.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Starts a new set of branches, dropping the keys of the previous fork's branches.</summary>
    public static void Start(IStorageBackend backend, IEnumerable<string> branches)
    {
        foreach (var key in backend.Keys.Where(IsBranchKey))
        {
            backend.Delete(key);
        }

        backend.Set(ListKey, branches.ToList());
    }

    /// <summary>The branches of the last fork in fork order (also after a JSON storage restored them as a list).</summary>
    public static IReadOnlyList<string> Read(IStorageBackend backend) =>
        backend.TryGet(ListKey, out var value) && value is IEnumerable list and not string
            ? list.Cast<object?>().Select(item => item?.ToString()).OfType<string>().ToList()
            : [];
}
