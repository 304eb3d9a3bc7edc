using Tasker.Diagnostics;
using Tasker.Profiles.Values;

namespace Tasker.Profiles.Schemas;

/// <summary>
/// Checks a task's profile table (its values already checked by <see cref="ValueEvaluator.Check"/>) against the
/// task's <see cref="Definition"/>s: a missing required key, a wrong type and a wrong array element type are
/// errors at their place; a key the schema does not know is a warning with a did-you-mean. A task (or table)
/// with no definitions accepts anything.
/// </summary>
internal static class SchemaValidator
{
    /// <summary>The key an included task profile names its task with (the Python version's templates write it).</summary>
    public const string SchemaKey = "__schema__";

    public static void Validate(ProfileTable table, IReadOnlyList<Definition> definitions, string owner, ICollection<Diagnostic> diagnostics) =>
        Validate(table, definitions, owner, TableRules.Task, diagnostics);

    /// <summary>
    /// Checks <paramref name="table"/> against <paramref name="definitions"/>, reporting with <paramref name="rules"/>'
    /// codes. Loops by index: a launcher profile's every entry comes through here, and an enumerator each would be
    /// 10,000 allocations.
    /// </summary>
    public static void Validate(ProfileTable table, IReadOnlyList<Definition> definitions, string owner, TableRules rules, ICollection<Diagnostic> diagnostics) =>
        Validate(table, definitions, owner, element: 0, rules, diagnostics);

    // The owner of an array's element ("'tasks' element 3") is worded only for a diagnostic: a fork of 10,000
    // branches would otherwise format 10,000 names that nothing reads.
    private static void Validate(ProfileTable table, IReadOnlyList<Definition> definitions, string owner, int element, TableRules rules, ICollection<Diagnostic> diagnostics)
    {
        if (definitions.Count == 0)
        {
            return;
        }

        for (var d = 0; d < definitions.Count; d++)
        {
            var definition = definitions[d];
            if (table.TryGetField(definition.Name, out var field))
            {
                CheckValue(definition, field.Value, rules, diagnostics);
            }
            else if (definition.IsRequired)
            {
                diagnostics.Add(Diagnostic.Error(
                    rules.MissingKey,
                    table.Location,
                    $"{Capitalized(rules.TableOf + OwnerText(owner, element))} has no key '{definition.Name}' ({Describe(definition)}), which {rules.Reader} requires. Add '{definition.Name} = {TomlPlaceholder(definition)}' to the table.{DescriptionOf(definition)}"));
            }
        }

        var fields = table.Fields;
        for (var f = 0; f < fields.Count; f++)
        {
            var field = fields[f];
            if (rules.WarnsUnknownKeys && field.Key != SchemaKey && !IsDefined(definitions, field.Key) && !(rules.TablesAreForTheTask && field.Value.Raw is ProfileTable))
            {
                var known = definitions.Select(definition => definition.Name).ToList();
                diagnostics.Add(Diagnostic.Warning(
                    rules.UnknownKey,
                    field.KeyLocation,
                    $"The key '{field.Key}' is not in the schema of {OwnerText(owner, element)}, so {rules.Reader} does not read it.{Suggestions.DidYouMean(field.Key, known)} Known keys: {string.Join(", ", known)}."));
            }
        }
    }

    private static string OwnerText(string owner, int element) => element == 0 ? owner : $"'{owner}' element {element}";

    private static string Capitalized(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static bool IsDefined(IReadOnlyList<Definition> definitions, string key)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            if (KeyName.Same(definitions[i].Name, key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks one value against its definition (a table's keys too), as a table's key would be checked.</summary>
    public static void CheckValue(Definition definition, ProfileValue value, TableRules rules, ICollection<Diagnostic> diagnostics)
    {
        var raw = value.Raw;
        if (raw is DeferredValue deferred && Accepts(definition.IsArrayOfTables ? typeof(IReadOnlyList<Profile>) : definition.Type, deferred))
        {
            return;
        }

        // Not evaluated yet: what a typed string stands for is checked by whoever evaluates it.
        if (rules.IsEvaluatedLater(definition.Name, raw))
        {
            return;
        }

        if (definition.IsArrayOfTables)
        {
            if (raw is ProfileArray array && array.Items.All(item => item.Raw is ProfileTable))
            {
                for (var i = 0; i < array.Items.Count; i++)
                {
                    Validate((ProfileTable)array.Items[i].Raw, definition.Children, definition.Name, element: i + 1, rules, diagnostics);
                }

                return;
            }

            WrongType(definition, value, rules, diagnostics);
            return;
        }

        if (definition.Type == typeof(Profile))
        {
            if (raw is ProfileTable table)
            {
                var tableRules = rules.ReadsItsOwnUnknownKeys(definition.Name) ? rules with { WarnsUnknownKeys = false } : rules;
                Validate(table, definition.Children, $"the table '{definition.Name}'", tableRules, diagnostics);
                return;
            }

            WrongType(definition, value, rules, diagnostics);
            return;
        }

        if (ProfileValueConverter.ElementType(definition.Type) is { } elementType && definition.Type != typeof(string))
        {
            if (raw is not ProfileArray { IsArrayOfTables: false } items)
            {
                WrongType(definition, value, rules, diagnostics);
                return;
            }

            for (var i = 0; i < items.Items.Count; i++)
            {
                var item = items.Items[i];
                if (!Accepts(elementType, item.Raw) && !rules.IsEvaluatedLater(definition.Name, item.Raw))
                {
                    diagnostics.Add(Diagnostic.Error(
                        rules.WrongElementTypeOf(definition.Name),
                        item.Location,
                        $"Element {i + 1} of '{definition.Name}' is {DescribeValue(item.Raw)}, but the schema wants {WithArticle(ProfileValueConverter.DescribeType(definition.Type))}. Change the element to {WithArticle(ProfileValueConverter.DescribeType(elementType))}."));
                }
            }

            return;
        }

        if (!Accepts(definition.Type, raw))
        {
            WrongType(definition, value, rules, diagnostics);
        }
    }

    private static bool Accepts(Type target, object raw) => raw switch
    {
        DeferredValue deferred => Accepts(target, deferred),

        // The converter turns numbers into text for a task that asks for a string; a schema that says string means text.
        _ when (Nullable.GetUnderlyingType(target) ?? target) == typeof(string) => raw is string,
        _ => ProfileValueConverter.TryConvert(raw, target, out _),
    };

    // A deferred value's type is known, its value is not: accept what a value of that type could convert to.
    private static bool Accepts(Type target, DeferredValue deferred)
    {
        var type = deferred.Type;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying == typeof(object) || type == typeof(object))
        {
            return true;
        }

        if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte)
            || type == typeof(uint) || type == typeof(ushort) || type == typeof(sbyte) || type == typeof(ulong))
        {
            return ProfileValueConverter.TryConvert(0L, underlying, out _);
        }

        if (type == typeof(double) || type == typeof(float))
        {
            return ProfileValueConverter.TryConvert(0.0, underlying, out _);
        }

        if (type == typeof(string))
        {
            return underlying == typeof(string) || underlying.IsEnum;
        }

        return underlying.IsAssignableFrom(type) || (type == typeof(ProfileTable) && underlying == typeof(Profile));
    }

    private static void WrongType(Definition definition, ProfileValue value, TableRules rules, ICollection<Diagnostic> diagnostics)
    {
        var enumHint = definition.Type.IsEnum ? $" One of: {string.Join(", ", Enum.GetNames(definition.Type))}." : string.Empty;
        var typedHint = rules.TypedStrings ? $" or a typed string such as {TypedExample(definition)}" : string.Empty;
        diagnostics.Add(Diagnostic.Error(
            rules.WrongTypeOf(definition.Name),
            value.Location,
            $"'{definition.Name}' is {DescribeValue(value.Raw)}, but the schema wants {Describe(definition)}. Write {TomlPlaceholder(definition)}{typedHint}.{enumHint}"));
    }

    internal static string Describe(Definition definition) =>
        definition.IsArrayOfTables ? "an array of tables" : WithArticle(ProfileValueConverter.DescribeType(definition.Type));

    private static string WithArticle(string noun) => ("aeiou".Contains(char.ToLowerInvariant(noun[0])) ? "an " : "a ") + noun;

    private static string DescribeValue(object raw) => raw switch
    {
        DeferredValue deferred => $"{WithArticle(deferred.Origin)} of type {ProfileValueConverter.DescribeType(deferred.Type)}",
        string text => $"the string \"{text}\"",
        long or double or bool => $"the {ProfileValue.DescribeType(raw)} {Convert.ToString(raw, System.Globalization.CultureInfo.InvariantCulture)?.ToLowerInvariant()}",
        _ => WithArticle(ProfileValue.DescribeType(raw)),
    };

    private static string DescriptionOf(Definition definition) =>
        string.IsNullOrWhiteSpace(definition.Description) ? string.Empty : $" ({definition.Description!.TrimEnd('.')}.)";

    /// <summary>A TOML value of the definition's type, for messages and templates.</summary>
    internal static string TomlPlaceholder(Definition definition)
    {
        if (definition.IsArrayOfTables) return "[{ }]";
        var type = Nullable.GetUnderlyingType(definition.Type) ?? definition.Type;
        if (type == typeof(Profile)) return "{ }";
        if (type == typeof(string)) return "\"\"";
        if (type == typeof(bool)) return "false";
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return "0.0";
        if (ProfileValueConverter.TryConvert(0L, type, out _) && !type.IsEnum) return "0";
        if (type.IsEnum) return $"\"{Enum.GetNames(type).FirstOrDefault()}\"";
        if (ProfileValueConverter.ElementType(type) is not null) return "[]";
        if (type == typeof(Type)) return "\"Namespace.Type$R\"";
        if (typeof(ITask).IsAssignableFrom(type)) return "\"Namespace.Task$T\"";
        return "\"\"";
    }

    private static string TypedExample(Definition definition)
    {
        var type = Nullable.GetUnderlyingType(definition.Type) ?? definition.Type;
        if (type == typeof(bool)) return "\"yes$B\"";
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return "\"0.5$F\"";
        if (ProfileValueConverter.TryConvert(0L, type, out _) && type != typeof(string)) return "\"NAME:-0$E$I\"";
        if (type == typeof(Profile)) return "\"other.toml$P\"";
        return "\"NAME$E\"";
    }
}
