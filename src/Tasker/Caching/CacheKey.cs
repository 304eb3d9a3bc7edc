using System.Buffers;
using System.Globalization;
using System.Text;

namespace Tasker.Caching;

/// <summary>
/// A cache key and the named parts it is made of (task type, table, required values, inputs...). The key is one hash
/// over every part's text (each with its name and length, so no two lists of parts read the same), so equal parts give
/// one key on every machine. The hash of each part on its own, which says for a miss what changed, is worked out only
/// when asked: a hit needs one hash.
/// </summary>
internal sealed class CacheKey
{
    private readonly List<KeyValuePair<string, string>> _texts = new(8);
    private string? _value;
    private Dictionary<string, string>? _parts;

    public IReadOnlyDictionary<string, string> Parts =>
        _parts ??= _texts.ToDictionary(part => part.Key, part => ContentHash.Of(part.Value), StringComparer.Ordinal);

    public string Value => _value ??= Hash();

    public CacheKey Add(string part, string text)
    {
        _texts.Add(KeyValuePair.Create(part, text));
        _value = null;
        _parts = null;
        return this;
    }

    // One hash over "name\nlength\ntext" of every part in ordinal order of the names, encoded into one rented buffer.
    private string Hash()
    {
        _texts.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        var size = 0;
        foreach (var (part, text) in _texts)
        {
            size += Encoding.UTF8.GetMaxByteCount(part.Length + text.Length) + 16;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var length = 0;
            foreach (var (part, text) in _texts)
            {
                length += Encoding.UTF8.GetBytes(part, buffer.AsSpan(length));
                buffer[length++] = (byte)'\n';
                text.Length.TryFormat(buffer.AsSpan(length), out var digits, provider: CultureInfo.InvariantCulture);
                length += digits;
                buffer[length++] = (byte)'\n';
                length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(length));
            }

            return ContentHash.Of(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The parts whose hash differs from <paramref name="earlier"/>'s (a part present in one only counts as changed).</summary>
    public IReadOnlyList<string> ChangedSince(IReadOnlyDictionary<string, string> earlier) =>
        [.. Parts.Keys.Union(earlier.Keys).Order(StringComparer.Ordinal)
            .Where(part => !Parts.TryGetValue(part, out var now) || !earlier.TryGetValue(part, out var before) || now != before)];
}
