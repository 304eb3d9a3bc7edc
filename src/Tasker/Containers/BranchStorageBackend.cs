using Tasker.Storage;

namespace Tasker.Containers;

/// <summary>
/// The storage one container branch sees. Writes go into the branch; reads look in the branch first, then at the
/// keys outside every branch (what the tasks before the fork provided). A branch never changes keys outside itself,
/// so branches running at once cannot interfere. Keys in <paramref name="sharedKeys"/> (a reducer's accumulators)
/// are read and written outside the branches instead.
/// </summary>
internal sealed class BranchStorageBackend(IStorageBackend inner, string branch, IReadOnlySet<string> sharedKeys) : IStorageBackend
{
    public string Branch { get; } = branch;

    public IReadOnlyCollection<string> Keys
    {
        get
        {
            var prefix = ForkBranches.Qualify(Branch, string.Empty);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in inner.Keys)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    keys.Add(key[prefix.Length..]);
                }
                else if (!ForkBranches.IsBranchKey(key))
                {
                    keys.Add(key);
                }
            }

            return keys;
        }
    }

    public bool TryGet(string key, out object? value) =>
        sharedKeys.Contains(key)
            ? inner.TryGet(key, out value)
            : inner.TryGet(ForkBranches.Qualify(Branch, key), out value) || inner.TryGet(key, out value);

    public void Set(string key, object? value) => inner.Set(sharedKeys.Contains(key) ? key : ForkBranches.Qualify(Branch, key), value);

    public bool Contains(string key) =>
        sharedKeys.Contains(key) ? inner.Contains(key) : inner.Contains(ForkBranches.Qualify(Branch, key)) || inner.Contains(key);

    public bool Delete(string key) => inner.Delete(sharedKeys.Contains(key) ? key : ForkBranches.Qualify(Branch, key));

    public void Load() => inner.Load();

    public void Dump() => inner.Dump();
}
