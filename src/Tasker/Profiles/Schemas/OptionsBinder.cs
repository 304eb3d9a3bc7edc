using System.Collections;
using System.Reflection;
using Tasker.Diagnostics;

namespace Tasker.Profiles.Schemas;

/// <summary>
/// Fills an options class from a profile table (see <see cref="OptionsMembers"/> for the mapping). A missing
/// required key or a value of another type is an error at its place in the profile, like <see cref="Profile.Get{T}"/>.
/// </summary>
internal static class OptionsBinder
{
    public static object Bind(ProfileTable table, Type optionsType)
    {
        object instance;
        try
        {
            instance = Activator.CreateInstance(optionsType)
                ?? throw new InvalidOperationException($"{optionsType.FullName} cannot be created.");
        }
        catch (Exception exception) when (exception is MissingMethodException or TargetInvocationException or MemberAccessException)
        {
            throw new ArgumentException($"The options class {optionsType.FullName} needs a public parameterless constructor: {exception.Message}", nameof(optionsType), exception);
        }

        foreach (var property in OptionsMembers.Properties(optionsType))
        {
            var key = OptionsMembers.KeyName(property);
            if (table.TryGetField(key, out var field))
            {
                property.SetValue(instance, Convert(field.Value, property.PropertyType, key));
            }
            else if (OptionsMembers.IsRequired(property, property.GetValue(instance)))
            {
                throw new DiagnosticException(Diagnostic.Error(
                    DiagnosticCodes.ProfileValueError,
                    table.Location,
                    $"The profile table has no key '{key}' (expected a {ProfileValueConverter.DescribeType(property.PropertyType)}), which {optionsType.Name}.{property.Name} requires. Add '{key} = ...' to the table."));
            }
        }

        return instance;
    }

    private static object? Convert(ProfileValue value, Type target, string key)
    {
        if (OptionsMembers.IsOptionsClass(target) && value.Raw is ProfileTable table)
        {
            return Bind(table, target);
        }

        if (ProfileValueConverter.ElementType(target) is { } element && OptionsMembers.IsOptionsClass(element) && value.Raw is ProfileArray array)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in array.Items)
            {
                list.Add(Convert(item, element, key));
            }

            if (!target.IsArray)
            {
                return list;
            }

            var typed = Array.CreateInstance(element, list.Count);
            list.CopyTo(typed, 0);
            return typed;
        }

        if (ProfileValueConverter.TryConvert(value.Raw, target, out var converted))
        {
            return converted;
        }

        throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.ProfileValueError,
            value.Location,
            $"The key '{key}' holds a {ProfileValue.DescribeType(value.Raw)}, but the options property wants a {ProfileValueConverter.DescribeType(target)}. Change the value to a {ProfileValueConverter.DescribeType(target)}."));
    }
}
