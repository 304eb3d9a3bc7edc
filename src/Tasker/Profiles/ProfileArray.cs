namespace Tasker.Profiles;

/// <summary>A TOML array, or an array of tables (<c>[[name]]</c>), with each item's place.</summary>
internal sealed class ProfileArray(bool isArrayOfTables)
{
    private readonly List<ProfileValue> _items = [];

    public bool IsArrayOfTables { get; } = isArrayOfTables;

    public IReadOnlyList<ProfileValue> Items => _items;

    public void Add(ProfileValue item) => _items.Add(item);
}
