namespace Tasker.Storage;

/// <summary>A storage value that a persistent storage cannot write; the caller turns it into a diagnostic at the task that dumped.</summary>
internal sealed class StorageValueException(string key, Type? valueType, string reason, Exception? inner = null)
    : Exception($"The value of the storage key '{key}' ({valueType?.Name ?? "null"}) cannot be written as JSON: {reason}", inner)
{
    public string Key { get; } = key;
}
