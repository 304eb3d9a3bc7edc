namespace Tasker.Storage;

/// <summary>Where the shared storage keeps its values. Implementations are safe to call from several threads.</summary>
internal interface IStorageBackend
{
    IReadOnlyCollection<string> Keys { get; }

    /// <summary>
    /// The keys the pipeline can count on before its first task runs. The dataflow check before the run treats them
    /// as provided. A persistent storage returns the keys it has saved (without loading their values if it can).
    /// </summary>
    IReadOnlyCollection<string> KeysAtStart => Keys;

    bool TryGet(string key, out object? value);

    void Set(string key, object? value);

    bool Contains(string key);

    bool Delete(string key);

    void Load();

    void Dump();
}
