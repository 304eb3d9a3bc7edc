using Tasker.Profiles.Schemas;

namespace Tasker;

/// <summary>
/// Describes one key of a task's profile table: its name, type, nested keys, default and description.
/// The counterpart of the Python version's <c>value(...)</c>. A task returns its definitions from
/// <see cref="ITask.Define"/>; the pipeline checks every profile against them before the first task runs, and
/// templates and the JSON Schema are generated from them.
/// </summary>
public sealed class Definition
{
    private Definition(string name, Type type, IReadOnlyList<Definition> children, object? defaultValue, string? description, bool isArrayOfTables, bool isRequired)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Children = children;
        Default = defaultValue;
        Description = description;
        IsArrayOfTables = isArrayOfTables;
        IsRequired = isRequired;
    }

    /// <summary>The key.</summary>
    public string Name { get; }

    /// <summary>The CLR type of the value (<see cref="Profile"/> for a table).</summary>
    public Type Type { get; }

    /// <summary>Keys of a table, or of each table of an array of tables.</summary>
    public IReadOnlyList<Definition> Children { get; }

    /// <summary>The value used when the key is absent (shown in templates).</summary>
    public object? Default { get; }

    /// <summary>What the key means, for templates and editors.</summary>
    public string? Description { get; }

    /// <summary>Whether the key holds an array of tables, each described by <see cref="Children"/>.</summary>
    public bool IsArrayOfTables { get; }

    /// <summary>Whether a profile must give the key.</summary>
    public bool IsRequired { get; }

    /// <summary>
    /// A scalar or array value (arrays: <c>typeof(string[])</c>, <c>typeof(List&lt;int&gt;)</c>, ...). Without a
    /// default the key is required unless <paramref name="required"/> says otherwise.
    /// </summary>
    public static Definition Value(string name, Type type, object? defaultValue = null, string? description = null, bool? required = null) =>
        new(name, type, [], defaultValue, description, isArrayOfTables: false, required ?? defaultValue is null);

    /// <summary>A table with the given keys. A table with no keys accepts any keys.</summary>
    public static Definition Table(string name, IEnumerable<Definition> children, string? description = null, bool required = true) =>
        new(name, typeof(Profile), [.. children], defaultValue: null, description, isArrayOfTables: false, required);

    /// <summary>An array of tables (<c>[[name]]</c>), each with the given keys.</summary>
    public static Definition ArrayOfTables(string name, IEnumerable<Definition> children, string? description = null, bool required = true) =>
        new(name, typeof(IReadOnlyList<Profile>), [.. children], defaultValue: null, description, isArrayOfTables: true, required);

    /// <summary>
    /// The definitions of an options class, for a task that reads its profile with <see cref="Profile.Bind{TOptions}"/>:
    /// every public settable property is a key named by <c>[DataMember(Name = ...)]</c> or in snake_case
    /// (<c>MaxCount</c> is <c>max_count</c>); <c>[Description]</c> documents it; its initial value is its default; a
    /// C# <c>required</c> property, or a non-nullable one left null, is required; a property of another options class
    /// is a table, a list of them an array of tables.
    /// </summary>
    public static IReadOnlyList<Definition> From<TOptions>() => OptionsSchema.For(typeof(TOptions));

    /// <summary>The definitions of an options class; see <see cref="From{TOptions}"/>.</summary>
    public static IReadOnlyList<Definition> From(Type optionsType)
    {
        ArgumentNullException.ThrowIfNull(optionsType);
        return OptionsSchema.For(optionsType);
    }
}
