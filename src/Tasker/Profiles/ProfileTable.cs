using System.Diagnostics.CodeAnalysis;
using Tasker.Diagnostics;

namespace Tasker.Profiles;

/// <summary>A TOML table in document order, with the place of its header (or first key).</summary>
internal sealed class ProfileTable(SourceLocation location)
{
    // Most profile tables have a handful of keys (a [[__meta__]] entry has two or three): a short list is searched
    // directly, and an index is built only for larger tables, so 10,000 small tables do not cost 10,000 dictionaries.
    private const int IndexThreshold = 8;

    private readonly List<ProfileField> _fields = [];
    private Dictionary<string, int>? _index;

    public SourceLocation Location { get; internal set; } = location;

    public IReadOnlyList<ProfileField> Fields => _fields;

    public IEnumerable<string> Keys => _fields.Select(entry => entry.Key);

    public int Count => _fields.Count;

    public bool TryGetField(string key, [NotNullWhen(true)] out ProfileField? field)
    {
        var position = IndexOf(key);
        field = position < 0 ? null : _fields[position];
        return field is not null;
    }

    public bool TryGetValue(string key, [NotNullWhen(true)] out object? raw)
    {
        raw = TryGetField(key, out var field) ? field.Value.Raw : null;
        return raw is not null;
    }

    public void Set(ProfileField field)
    {
        var position = IndexOf(field.Key);
        if (position >= 0)
        {
            _fields[position] = field;
            return;
        }

        _index?.Add(field.Key, _fields.Count);
        _fields.Add(field);
        if (_index is null && _fields.Count > IndexThreshold)
        {
            _index = new Dictionary<string, int>(_fields.Count * 2, StringComparer.Ordinal);
            for (var i = 0; i < _fields.Count; i++)
            {
                _index.Add(_fields[i].Key, i);
            }
        }
    }

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var position) ? position : -1;
        }

        for (var i = 0; i < _fields.Count; i++)
        {
            if (string.Equals(_fields[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
