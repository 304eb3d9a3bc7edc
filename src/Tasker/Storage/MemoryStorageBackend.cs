namespace Tasker.Storage;

/// <summary>The default storage: values live as long as the pipeline; Load and Dump do nothing.</summary>
internal sealed class MemoryStorageBackend : IStorageBackend
{
    private readonly object _gate = new();
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Keys
    {
        get
        {
            lock (_gate)
            {
                return [.. _values.Keys];
            }
        }
    }

    public bool TryGet(string key, out object? value)
    {
        lock (_gate)
        {
            return _values.TryGetValue(key, out value);
        }
    }

    public void Set(string key, object? value)
    {
        lock (_gate)
        {
            _values[key] = value;
        }
    }

    public bool Contains(string key)
    {
        lock (_gate)
        {
            return _values.ContainsKey(key);
        }
    }

    public bool Delete(string key)
    {
        lock (_gate)
        {
            return _values.Remove(key);
        }
    }

    /// <summary>Every key and value at one moment, for a persistent storage to write.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Snapshot()
    {
        lock (_gate)
        {
            return [.. _values];
        }
    }

    /// <summary>Replaces every value at once, for a persistent storage that loaded its file.</summary>
    public void Replace(IEnumerable<KeyValuePair<string, object?>> values)
    {
        lock (_gate)
        {
            _values.Clear();
            foreach (var (key, value) in values)
            {
                _values[key] = value;
            }
        }
    }

    public void Load()
    {
    }

    public void Dump()
    {
    }
}
