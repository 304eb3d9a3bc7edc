namespace Tasker.Profiles.Schemas;

/// <summary>Derives a task's <see cref="Definition"/>s from an options class (see <see cref="OptionsMembers"/> for the mapping).</summary>
internal static class OptionsSchema
{
    public static IReadOnlyList<Definition> For(Type optionsType) => For(optionsType, []);

    private static IReadOnlyList<Definition> For(Type optionsType, HashSet<Type> visiting)
    {
        if (!visiting.Add(optionsType))
        {
            throw new ArgumentException($"The options class {optionsType.FullName} contains itself; a profile table cannot nest without end.", nameof(optionsType));
        }

        // A fresh instance's property values are the defaults: a property initialised to a value is optional.
        var defaults = optionsType.GetConstructor(Type.EmptyTypes) is null ? null : Activator.CreateInstance(optionsType);
        var definitions = new List<Definition>();
        foreach (var property in OptionsMembers.Properties(optionsType))
        {
            var name = OptionsMembers.KeyName(property);
            var description = OptionsMembers.Description(property);
            var defaultValue = defaults is null ? null : property.GetValue(defaults);
            var required = defaults is null || OptionsMembers.IsRequired(property, defaultValue);
            var type = property.PropertyType;
            if (OptionsMembers.IsOptionsClass(type))
            {
                definitions.Add(Definition.Table(name, For(type, visiting), description, required));
            }
            else if (ProfileValueConverter.ElementType(type) is { } element && OptionsMembers.IsOptionsClass(element))
            {
                definitions.Add(Definition.ArrayOfTables(name, For(element, visiting), description, required));
            }
            else
            {
                definitions.Add(Definition.Value(name, type, required ? null : defaultValue, description, required));
            }
        }

        visiting.Remove(optionsType);
        return definitions;
    }
}
