namespace Tasker.Storage;

/// <summary>Where the shared storage keeps its values. Implementations are safe to call from several threads.</summary>
internal interface IStorageBackend
{
    IReadOnlyCollection<string> Keys { get; }

    bool TryGet(string key, out object? value);

    void Set(string key, object? value);

    bool Contains(string key);

    bool Delete(string key);

    void Load();

    void Dump();
}
