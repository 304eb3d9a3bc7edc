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

    public string Value
    {
        get
        {
            if (_value is null)
            {
                var text = new StringBuilder(_texts.Sum(part => part.Key.Length + part.Value.Length + 16));
                foreach (var (part, value) in _texts.OrderBy(part => part.Key, StringComparer.Ordinal))
                {
                    text.Append(part).Append('\n').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(value);
                }

                _value = ContentHash.Of(text.ToString());
            }

            return _value;
        }
    }

    public CacheKey Add(string part, string text)
    {
        _texts.Add(KeyValuePair.Create(part, text));
        _value = null;
        _parts = null;
        return this;
    }

    /// <summary>The parts whose hash differs from <paramref name="earlier"/>'s (a part present in one only counts as changed).</summary>
    public IReadOnlyList<string> ChangedSince(IReadOnlyDictionary<string, string> earlier) =>
        [.. Parts.Keys.Union(earlier.Keys).Order(StringComparer.Ordinal)
            .Where(part => !Parts.TryGetValue(part, out var now) || !earlier.TryGetValue(part, out var before) || now != before)];
}
