namespace Tasker.Storage;

/// <summary>The keys a task declared of one kind (require, provide or remove), asked on every storage access.</summary>
internal readonly struct DeclaredKeys
{
    // Most tasks declare a handful of keys: scanning them beats building a set for every task of a large fork, which
    // was three sets per branch. A long declaration still gets a set.
    private const int SetThreshold = 16;

    private readonly IReadOnlyList<string> _keys;
    private readonly HashSet<string>? _set;

    public DeclaredKeys(IEnumerable<string> keys)
    {
        _keys = keys as IReadOnlyList<string> ?? [.. keys];
        _set = _keys.Count > SetThreshold ? new HashSet<string>(_keys, StringComparer.Ordinal) : null;
    }

    public bool Contains(string key)
    {
        if (_set is not null)
        {
            return _set.Contains(key);
        }

        for (var i = 0; i < _keys.Count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
