namespace Tasker;

/// <summary>
/// Describes one key of a task's profile table: its name, type, nested keys, default and description.
/// The counterpart of the Python version's <c>value(...)</c>.
/// </summary>
public sealed class Definition
{
    private Definition(string name, Type type, IReadOnlyList<Definition> children, object? defaultValue, string? description, bool isArrayOfTables)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Children = children;
        Default = defaultValue;
        Description = description;
        IsArrayOfTables = isArrayOfTables;
    }

    /// <summary>The key.</summary>
    public string Name { get; }

    /// <summary>The CLR type of the value (<see cref="Profile"/> for a table).</summary>
    public Type Type { get; }

    /// <summary>Keys of a table, or of each table of an array of tables.</summary>
    public IReadOnlyList<Definition> Children { get; }

    /// <summary>The value used when the key is absent; <see langword="null"/> makes the key required.</summary>
    public object? Default { get; }

    /// <summary>What the key means, for templates and editors.</summary>
    public string? Description { get; }

    /// <summary>Whether the key holds an array of tables, each described by <see cref="Children"/>.</summary>
    public bool IsArrayOfTables { get; }

    /// <summary>Whether a profile must give the key.</summary>
    public bool IsRequired => Default is null;

    /// <summary>A scalar or array value.</summary>
    public static Definition Value(string name, Type type, object? defaultValue = null, string? description = null) =>
        new(name, type, [], defaultValue, description, isArrayOfTables: false);

    /// <summary>A table with the given keys.</summary>
    public static Definition Table(string name, IEnumerable<Definition> children, string? description = null) =>
        new(name, typeof(Profile), [.. children], defaultValue: null, description, isArrayOfTables: false);

    /// <summary>An array of tables, each with the given keys.</summary>
    public static Definition ArrayOfTables(string name, IEnumerable<Definition> children, string? description = null) =>
        new(name, typeof(IReadOnlyList<Profile>), [.. children], defaultValue: null, description, isArrayOfTables: true);
}
