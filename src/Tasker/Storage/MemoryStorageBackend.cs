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

    public void Load()
    {
    }

    public void Dump()
    {
    }
}
