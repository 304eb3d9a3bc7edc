namespace Tasker;

/// <summary>
/// The storage shared by the tasks of a pipeline. The instance a task receives only lets it read
/// the keys it requires or provides, write the keys it provides and delete the keys it removes.
/// </summary>
public interface IStorage
{
    /// <summary>Reads or writes a key.</summary>
    object? this[string key] { get; set; }

    /// <summary>Reads a key as <typeparamref name="T"/>.</summary>
    T Get<T>(string key);

    /// <summary>Whether the key holds a value.</summary>
    bool Contains(string key);

    /// <summary>Deletes a key.</summary>
    void Delete(string key);

    /// <summary>Replaces the contents with the persisted state (a no-op for in-memory storage).</summary>
    void Load();

    /// <summary>Persists the contents (a no-op for in-memory storage).</summary>
    void Dump();
}
