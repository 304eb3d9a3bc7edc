using Tasker.Storage;

namespace Tasker.Testing;

/// <summary>
/// The shared storage of a task test: seed it with what earlier tasks would have provided, run the task, then read
/// what it left. The task itself sees it through the same checks as in a pipeline: it may read only the keys it
/// requires or provides, write only those it provides, delete only those it removes.
/// </summary>
public sealed class TestStorage
{
    /// <summary>An empty storage.</summary>
    public TestStorage()
    {
    }

    /// <summary>A storage holding <paramref name="values"/>.</summary>
    public TestStorage(IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            this[key] = value;
        }
    }

    internal MemoryStorageBackend Backend { get; } = new();

    /// <summary>The keys that hold a value, in no particular order.</summary>
    public IReadOnlyCollection<string> Keys => Backend.Keys;

    /// <summary>Reads or writes a key without any declaration check (the test is not a task).</summary>
    /// <exception cref="KeyNotFoundException">The key holds no value.</exception>
    public object? this[string key]
    {
        get => Backend.TryGet(key, out var value) ? value : throw new KeyNotFoundException($"The test storage holds no value for '{key}'.");
        set
        {
            ArgumentNullException.ThrowIfNull(key);
            Backend.Set(key, value);
        }
    }

    /// <summary>Whether the key holds a value.</summary>
    public bool Contains(string key) => Backend.Contains(key);

    /// <summary>Reads a key as <typeparamref name="T"/>.</summary>
    /// <exception cref="KeyNotFoundException">The key holds no value.</exception>
    /// <exception cref="InvalidCastException">The value is not a <typeparamref name="T"/>.</exception>
    public T Get<T>(string key) => this[key] is T value
        ? value
        : throw new InvalidCastException($"The test storage's value for '{key}' is {this[key]?.GetType().Name ?? "null"}, not {typeof(T).Name}.");
}
