using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;
using Tasker.Storage;

namespace Tasker.Caching;

/// <summary>
/// The result cache on disk: one file per key under <c>entries/</c>, and per entry or branch a small manifest of the
/// parts of its last key under <c>manifests/</c> (so a miss can say what changed). Every file is written to a
/// temporary file and renamed into place, so builds sharing the folder see a whole file or none. An entry file starts
/// with the hash of the rest: a file changed or cut short by anything else reads as damaged, never as a result.
/// The folder is kept under <see cref="SizeLimit"/> bytes by dropping the entries used least recently.
/// </summary>
internal sealed class ResultCache(string directory, long sizeLimit)
{
    private const int ChecksumLength = 64;

    // Most entries are a few hundred bytes: one read of this size takes all of one.
    private const int FirstReadLength = 8192;
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(10);

    public string Directory { get; } = Path.GetFullPath(directory);

    public long SizeLimit { get; } = sizeLimit;

    private string EntriesDirectory => Path.Combine(Directory, "entries");

    private string ManifestsDirectory => Path.Combine(Directory, "manifests");

    public string EntryPath(string key) => Path.Combine(EntriesDirectory, key + ".json");

    /// <summary>
    /// The result stored under <paramref name="key"/>; <see langword="null"/> when there is none. A file that is
    /// there but damaged is deleted and reported in <paramref name="damage"/>.
    /// </summary>
    public RestoredResult? Read(string key, out string? damage)
    {
        damage = null;
        var path = EntryPath(key);
        var buffer = ArrayPool<byte>.Shared.Rent(FirstReadLength);
        try
        {
            int length;
            bool checksumMatches;
            DateTime lastUse;
            try
            {
                // One open and one read for the content, one status call for the time of last use: a hit pays for as
                // few system calls as reading the file alone would. The file's length is not asked for: an entry is
                // small, and a read that stops short of the end is found by the checksum and finished below.
                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                length = RandomAccess.Read(handle, buffer, 0);
                checksumMatches = length < buffer.Length && HasChecksumOfRest(buffer.AsSpan(0, length));
                if (!checksumMatches)
                {
                    length = ReadRest(handle, ref buffer, length);
                    checksumMatches = HasChecksumOfRest(buffer.AsSpan(0, length));
                }

                lastUse = File.GetLastWriteTimeUtc(handle);
            }
            catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
            {
                return null;
            }

            try
            {
                if (!checksumMatches)
                {
                    throw new FormatException(length > ChecksumLength && buffer[ChecksumLength] == (byte)'\n'
                        ? "its content does not match its checksum"
                        : "it does not start with its checksum");
                }

                var result = Parse(new ReadOnlyMemory<byte>(buffer, ChecksumLength + 1, length - ChecksumLength - 1), key);
                Touch(path, lastUse);
                return result;
            }
            catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                damage = exception.Message;
                TryDelete(path);
                return null;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Reads from offset 'length' to the end of the file, growing the rented buffer as needed; the total length.
    private static int ReadRest(SafeFileHandle handle, ref byte[] buffer, int length)
    {
        while (true)
        {
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var count = RandomAccess.Read(handle, buffer.AsSpan(length), length);
            if (count == 0)
            {
                return length;
            }

            length += count;
        }
    }

    private static bool HasChecksumOfRest(ReadOnlySpan<byte> bytes) =>
        bytes.Length > ChecksumLength && bytes[ChecksumLength] == (byte)'\n' && ContentHash.Matches(bytes[..ChecksumLength], bytes[(ChecksumLength + 1)..]);

    // The stored result in a body whose checksum matched.
    private static RestoredResult Parse(ReadOnlyMemory<byte> body, string key)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.GetProperty("key").GetString() != key)
        {
            throw new FormatException("it holds the result of another key");
        }

        var values = root.GetProperty("values").EnumerateObject().Select(property => KeyValuePair.Create(property.Name, JsonValues.Natural(property.Value))).ToList();
        var absent = root.GetProperty("absent").EnumerateArray().Select(item => item.GetString() ?? throw new FormatException("an absent key is not a string")).ToList();
        return new RestoredResult(values, absent);
    }

    /// <summary>Stores <paramref name="result"/> under <paramref name="key"/>, replacing any file there in one step.</summary>
    public void Write(string key, CachedResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("key", key);
            writer.WriteStartObject("values");
            foreach (var (name, json) in result.Values)
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(json, skipInputValidation: true);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("absent");
            foreach (var name in result.Absent)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        var body = buffer.ToArray();
        var file = new byte[ChecksumLength + 1 + body.Length];
        Encoding.ASCII.GetBytes(ContentHash.Of(body), file);
        file[ChecksumLength] = (byte)'\n';
        body.CopyTo(file, ChecksumLength + 1);
        Replace(EntryPath(key), file);
    }

    /// <summary>The parts of the last key stored for <paramref name="identity"/> (an entry or branch), if any.</summary>
    public IReadOnlyDictionary<string, string>? ReadManifest(string identity)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(ManifestPath(identity)));
            return document.RootElement.GetProperty("parts").EnumerateObject().ToDictionary(part => part.Name, part => part.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            // Only explains a miss: a missing or unreadable manifest explains nothing, and that is all.
            return null;
        }
    }

    public void WriteManifest(string identity, IReadOnlyDictionary<string, string> parts) =>
        Replace(ManifestPath(identity), JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["identity"] = identity, ["parts"] = parts }));

    /// <summary>Drops the entries used least recently until the folder holds at most <see cref="SizeLimit"/> bytes of them.</summary>
    public void Trim()
    {
        if (!System.IO.Directory.Exists(EntriesDirectory))
        {
            return;
        }

        var files = new DirectoryInfo(EntriesDirectory).EnumerateFiles("*.json").ToList();
        var total = files.Sum(file => file.Length);
        foreach (var file in files.OrderBy(file => file.LastWriteTimeUtc))
        {
            if (total <= SizeLimit)
            {
                break;
            }

            total -= file.Length;
            TryDelete(file.FullName);
        }
    }

    private string ManifestPath(string identity) => Path.Combine(ManifestsDirectory, ContentHash.Of(identity) + ".json");

    // The last write time is the entry's last use; refreshed now and then, so that a hit rarely pays for a write.
    private static void Touch(string path, DateTime lastUse)
    {
        try
        {
            var now = DateTime.UtcNow;
            if (now - lastUse > TouchInterval)
            {
                File.SetLastWriteTimeUtc(path, now);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Another build evicted it or holds it: the result was read, and its age only decides eviction.
        }
    }

    private static void Replace(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(path)!;
        System.IO.Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);

            // A rename within one folder replaces the file in one step; two builds writing one key write the same bytes.
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Held or gone: another build is using the folder.
        }
    }
}
