using Tasker.Diagnostics;

namespace Tasker.Storage;

/// <summary>A storage value that a persistent storage cannot write; the caller turns it into a diagnostic at the task that dumped.</summary>
internal sealed class StorageValueException(string key, Type? valueType, string reason, Exception? inner = null)
    : Exception($"The value of the storage key '{key}' ({valueType?.Name ?? "null"}) cannot be written as JSON: {reason}", inner)
{
    public string Key { get; } = key;

    /// <summary>Reported at the task that asked for the dump; the file keeps its previous state.</summary>
    public Diagnostic ToDiagnostic(string taskName, SourceLocation location) =>
        Diagnostic.Error(
            DiagnosticCodes.StorageValueNotSerializable,
            location,
            $"The storage was not dumped after task {taskName} (the file keeps its previous state). {Message}. Store only values System.Text.Json can write (strings, numbers, booleans, lists, dictionaries, plain objects), or delete the key before dumping.");

    /// <summary>Reported at the storage setting when the dump at the end of the run fails; the file keeps its previous state.</summary>
    public Diagnostic AtEndOfRun(SourceLocation location) =>
        Diagnostic.Error(
            DiagnosticCodes.StorageValueNotSerializable,
            location,
            $"The storage was not written at the end of the run (the file keeps its previous state). {Message}. Store only values System.Text.Json can write, or delete the key before the run ends.");
}
