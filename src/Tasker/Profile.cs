using System.Diagnostics.CodeAnalysis;
using Tasker.Diagnostics;
using Tasker.Profiles;
using Tasker.Profiles.Schemas;

namespace Tasker;

/// <summary>
/// A read-only view of one table of a TOML profile: the table a <c>[[__meta__]]</c> entry gives its task.
/// Nested tables come back as <see cref="Profile"/>, arrays as read-only lists.
/// </summary>
public sealed class Profile
{
    internal Profile(ProfileTable table)
    {
        Table = table;
    }

    /// <summary>The keys of the table, in document order.</summary>
    public IEnumerable<string> Keys => Table.Keys;

    internal ProfileTable Table { get; }

    /// <summary>The value of a key, or <see langword="null"/> when the key is absent.</summary>
    public object? this[string key] =>
        Table.TryGetValue(key, out var raw) ? ProfileValueConverter.Natural(raw) : null;

    /// <summary>Whether the table has the key.</summary>
    public bool ContainsKey(string key) => Table.TryGetField(key, out _);

    /// <summary>
    /// The value of a key as <typeparamref name="T"/>. A missing key or a value of another type is an error
    /// that names the key, both types and the place in the profile.
    /// </summary>
    public T Get<T>(string key)
    {
        if (!Table.TryGetField(key, out var field))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ProfileValueError,
                Table.Location,
                $"The profile table has no key '{key}' (expected a {ProfileValueConverter.DescribeType(typeof(T))}). Add '{key} = ...' to the table."));
        }

        if (ProfileValueConverter.TryConvert(field.Value.Raw, typeof(T), out var value) && value is T typed)
        {
            return typed;
        }

        throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.ProfileValueError,
            field.Value.Location,
            $"The key '{key}' holds a {ProfileValue.DescribeType(field.Value.Raw)}, but the task reads it as a {ProfileValueConverter.DescribeType(typeof(T))}. Change the value to a {ProfileValueConverter.DescribeType(typeof(T))}."));
    }

    /// <summary>The value of a key as <typeparamref name="T"/>, if the key exists and has that type.</summary>
    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        if (Table.TryGetField(key, out var field)
            && ProfileValueConverter.TryConvert(field.Value.Raw, typeof(T), out var converted)
            && converted is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads the whole table into an options class: every public settable property is a key (see
    /// <see cref="Definition.From{TOptions}"/> for names, defaults and nesting). A missing required key or a value of
    /// another type is an error that names the key and its place in the profile. Return
    /// <c>Definition.From&lt;TOptions&gt;()</c> from <see cref="ITask.Define"/> so the profile is checked before anything runs.
    /// </summary>
    public TOptions Bind<TOptions>() => (TOptions)OptionsBinder.Bind(Table, typeof(TOptions));

    /// <inheritdoc />
    public override string ToString() => $"Profile at {Table.Location}";
}
