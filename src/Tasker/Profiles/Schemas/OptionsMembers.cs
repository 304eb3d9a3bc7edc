using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Serialization;
using System.Text;

namespace Tasker.Profiles.Schemas;

/// <summary>
/// How an options class maps to a profile table: every public settable instance property is a key, named by
/// <c>[DataMember(Name = ...)]</c> or else in snake_case (<c>MaxCount</c> is <c>max_count</c>, as in the Python
/// version's profiles); <c>[Description]</c> documents it; a property of another options class is a table, a list of
/// them an array of tables.
/// </summary>
internal static class OptionsMembers
{
    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.SetMethod is { IsPublic: true }
                && property.GetCustomAttribute<IgnoreDataMemberAttribute>() is null);

    public static string KeyName(PropertyInfo property) =>
        property.GetCustomAttribute<DataMemberAttribute>()?.Name is { Length: > 0 } name ? name : SnakeCase(property.Name);

    public static string? Description(PropertyInfo property) =>
        property.GetCustomAttribute<DescriptionAttribute>()?.Description;

    /// <summary>
    /// A key is required when its property is a C# <c>required</c> member, or when a fresh instance leaves it null
    /// and its type does not allow null (a <c>string?</c> left null is optional).
    /// </summary>
    public static bool IsRequired(PropertyInfo property, object? defaultValue) =>
        property.GetCustomAttribute<RequiredMemberAttribute>() is not null
        || (defaultValue is null && new NullabilityInfoContext().Create(property).WriteState != NullabilityState.Nullable);

    /// <summary>Whether a type is itself an options class (a nested table) rather than a value.</summary>
    public static bool IsOptionsClass(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(Profile) && type != typeof(Type) && !typeof(ITask).IsAssignableFrom(type)
        && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true
        && type.GetConstructor(Type.EmptyTypes) is not null;

    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var character = name[i];
            if (char.IsUpper(character))
            {
                // A new word starts at an upper-case letter after a lower-case one, or before the last capital of an acronym (URLPath: url_path).
                var startsWord = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsUpper(name[i - 1]) && char.IsLower(name[i + 1])));
                if (startsWord)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(character));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }
}
