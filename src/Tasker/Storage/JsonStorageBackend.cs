using System.Text.Json;
using System.Text.Json.Nodes;
using Tasker.Diagnostics;
using Tasker.Files;

namespace Tasker.Storage;

/// <summary>
/// A storage kept in a JSON file (one object, one property per key). <see cref="Dump"/> serialises every value
/// first and only then replaces the file through a temporary file in the same folder, so a value that cannot be
/// written, or a crash in the middle, leaves the previous file whole. <see cref="Load"/> replaces the contents
/// with the file's (an absent file is an empty storage).
/// </summary>
internal sealed class JsonStorageBackend(string path, bool indented) : IStorageBackend
{
    // Values live in memory between Load and Dump; the file is only touched by those two.
    private readonly MemoryStorageBackend _values = new();
    private readonly object _fileGate = new();

    public string FilePath { get; } = Path.GetFullPath(path);

    /// <summary>The keys held now; after <see cref="Load"/>, the keys of the persisted state.</summary>
    public IReadOnlyCollection<string> Keys => _values.Keys;

    public bool TryGet(string key, out object? value) => _values.TryGet(key, out value);

    public void Set(string key, object? value) => _values.Set(key, value);

    public bool Contains(string key) => _values.Contains(key);

    public bool Delete(string key) => _values.Delete(key);

    public void Load()
    {
        lock (_fileGate)
        {
            RemoveInterruptedDumps();
            if (!File.Exists(FilePath))
            {
                _values.Replace([]);
                return;
            }

            if (RegularFile.Refusal(FilePath, RegularFile.StorageLimit) is { } refusal)
            {
                throw Refused("read", refusal);
            }

            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(FilePath));
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw Unreadable(new SourceLocation(FilePath, 1, 1), $"it holds a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object of keys");
                }

                _values.Replace(document.RootElement.EnumerateObject().Select(property => KeyValuePair.Create(property.Name, JsonValues.Natural(property.Value))).ToList());
            }
            catch (JsonException exception)
            {
                var line = (int)(exception.LineNumber ?? 0) + 1;
                var column = (int)(exception.BytePositionInLine ?? 0) + 1;
                throw Unreadable(new SourceLocation(FilePath, line, column), exception.Message);
            }
        }
    }

    public void Dump()
    {
        var document = new JsonObject();
        foreach (var (key, value) in _values.Snapshot().OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            document[key] = Serialize(key, value);
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, new JsonSerializerOptions { WriteIndented = indented });
        lock (_fileGate)
        {
            RemoveInterruptedDumps();
            Replace(bytes);
        }
    }

    /// <summary>
    /// Deletes the temporary files of dumps that never finished (a killed build). A temporary file written within the
    /// last minute may belong to a dump another process is doing right now, so it is left alone.
    /// </summary>
    private void RemoveInterruptedDumps()
    {
        var directory = Path.GetDirectoryName(FilePath)!;
        if (!Directory.Exists(directory))
        {
            return;
        }

        var cutoff = DateTime.UtcNow - InterruptedDumpAge;
        foreach (var temporary in Directory.EnumerateFiles(directory, TemporaryPrefix + "*" + TemporarySuffix))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(temporary) < cutoff)
                {
                    File.Delete(temporary);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Another process holds or removed it: it is not ours to clean, and the dump itself does not depend on it.
            }
        }
    }

    private static readonly TimeSpan InterruptedDumpAge = TimeSpan.FromMinutes(1);

    private string TemporaryPrefix => $".{Path.GetFileName(FilePath)}.";

    private const string TemporarySuffix = ".tmp";

    private static JsonNode? Serialize(string key, object? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            // Written to text and parsed back so that every failure happens here, where the key is known.
            return JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType()));
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new StorageValueException(key, value.GetType(), exception.Message, exception);
        }
    }

    /// <summary>Throws when the storage's path names a pipe, a device or a socket: such a file is never read or replaced.</summary>
    public void RefuseSpecialFile(string use)
    {
        if (File.Exists(FilePath) && RegularFile.Refusal(FilePath, long.MaxValue) is { } refusal)
        {
            throw Refused(use, refusal);
        }
    }

    private DiagnosticException Refused(string use, string refusal) =>
        new(Diagnostic.Error(
            DiagnosticCodes.StorageFileRefused,
            SourceLocation.OfFile(FilePath),
            $"The storage file '{FilePath}' is not {use}: {refusal}. Point the storage at a regular JSON file of at most {RegularFile.StorageLimit / (1024 * 1024 * 1024)} GiB."));

    private void Replace(byte[] bytes)
    {
        RefuseSpecialFile("written");
        var directory = Path.GetDirectoryName(FilePath)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $"{TemporaryPrefix}{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            // A rename within one folder replaces the file in one step: readers see the old state or the new one.
            File.Move(temporary, FilePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static DiagnosticException Unreadable(SourceLocation location, string reason) =>
        new(Diagnostic.Error(
            DiagnosticCodes.StorageFileUnreadable,
            location,
            $"The storage file cannot be loaded: {reason}. Fix or delete the file (it is rewritten on the next dump)."));
}
