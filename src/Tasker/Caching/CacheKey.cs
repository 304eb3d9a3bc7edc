namespace Tasker.Caching;

/// <summary>
/// A cache key and the named parts it is made of (task type, table, required values, inputs...). The key is the hash
/// of every part's hash, so equal parts give one key on every machine; the parts say, for a miss, what changed.
/// </summary>
internal sealed class CacheKey
{
    private readonly SortedDictionary<string, string> _parts = new(StringComparer.Ordinal);
    private string? _value;

    public IReadOnlyDictionary<string, string> Parts => _parts;

    public string Value => _value ??= ContentHash.Of(string.Concat(_parts.Select(part => $"{part.Key}={part.Value}\n")));

    public CacheKey Add(string part, string text)
    {
        _parts[part] = ContentHash.Of(text);
        _value = null;
        return this;
    }

    /// <summary>The parts whose hash differs from <paramref name="earlier"/>'s (a part present in one only counts as changed).</summary>
    public IReadOnlyList<string> ChangedSince(IReadOnlyDictionary<string, string> earlier) =>
        [.. _parts.Keys.Union(earlier.Keys).Order(StringComparer.Ordinal)
            .Where(part => !_parts.TryGetValue(part, out var now) || !earlier.TryGetValue(part, out var before) || now != before)];
}
