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

    // Keyed to the fields themselves: a dictionary of string to int is generic code no precompiled image holds.
    private Dictionary<string, ProfileField>? _index;

    public SourceLocation Location { get; internal set; } = location;

    public IReadOnlyList<ProfileField> Fields => _fields;

    public IEnumerable<string> Keys => _fields.Select(entry => entry.Key);

    public int Count => _fields.Count;

    public bool TryGetField(string key, [NotNullWhen(true)] out ProfileField? field)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out field);
        }

        var position = PositionOf(key);
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
        if (_index is null || _index.ContainsKey(field.Key))
        {
            var position = PositionOf(field.Key);
            if (position >= 0)
            {
                _fields[position] = field;
                _index?.Remove(field.Key);
                _index?.Add(field.Key, field);
                return;
            }
        }

        _index?.Add(field.Key, field);
        _fields.Add(field);
        if (_index is null && _fields.Count > IndexThreshold)
        {
            _index = new Dictionary<string, ProfileField>(_fields.Count * 2, StringComparer.Ordinal);
            foreach (var each in _fields)
            {
                _index.Add(each.Key, each);
            }
        }
    }

    private int PositionOf(string key)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            if (KeyName.Same(_fields[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }
}
