using System.Diagnostics.CodeAnalysis;
using Tasker.Diagnostics;

namespace Tasker.Profiles;

/// <summary>A TOML table in document order, with the place of its header (or first key).</summary>
internal sealed class ProfileTable(SourceLocation location)
{
    private readonly List<ProfileField> _fields = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public SourceLocation Location { get; internal set; } = location;

    public IReadOnlyList<ProfileField> Fields => _fields;

    public IEnumerable<string> Keys => _fields.Select(entry => entry.Key);

    public int Count => _fields.Count;

    public bool TryGetField(string key, [NotNullWhen(true)] out ProfileField? field)
    {
        if (_index.TryGetValue(key, out var position))
        {
            field = _fields[position];
            return true;
        }

        field = null;
        return false;
    }

    public bool TryGetValue(string key, [NotNullWhen(true)] out object? raw)
    {
        raw = TryGetField(key, out var field) ? field.Value.Raw : null;
        return raw is not null;
    }

    public void Set(ProfileField field)
    {
        if (_index.TryGetValue(field.Key, out var position))
        {
            _fields[position] = field;
            return;
        }

        _index.Add(field.Key, _fields.Count);
        _fields.Add(field);
    }
}
