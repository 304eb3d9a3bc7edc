using Tomlyn.Syntax;

namespace Tasker.Tests.Support;

/// <summary>
/// A second, independent reading of TOML's "define once" rules for testing the profile reader: it walks Tomlyn's
/// syntax tree (parsed without Tomlyn's validation, whose rules miss cases around arrays of tables) and keeps the kind
/// of every path it has seen, as the TOML specification words the rules, instead of marking table objects as the
/// reader does. Returns the values as nested dictionaries and lists, or throws <see cref="InvalidDataException"/>
/// where the document breaks a rule.
/// </summary>
internal static class TomlSyntaxOracle
{
    private enum PathKind
    {
        ImplicitTable,
        HeaderTable,
        DottedTable,
        InlineTable,
        TableArray,
        Value,
    }

    public static Dictionary<string, object> Values(DocumentSyntax document)
    {
        var kinds = new Dictionary<string, PathKind>(StringComparer.Ordinal);
        var values = new Dictionary<string, object>(StringComparer.Ordinal) { [string.Empty] = new Dictionary<string, object>(StringComparer.Ordinal) };
        AddKeyValues(string.Empty, document.KeyValues, kinds, values);
        foreach (var header in document.Tables)
        {
            var names = Names(header.Name!);
            var path = string.Empty;
            foreach (var name in names[..^1])
            {
                path = Child(path, name);
                switch (kinds.GetValueOrDefault(path, (PathKind)(-1)))
                {
                    case (PathKind)(-1):
                        Create(path, PathKind.ImplicitTable, kinds, values);
                        break;
                    case PathKind.ImplicitTable or PathKind.HeaderTable or PathKind.DottedTable:
                        break;
                    case PathKind.TableArray:
                        path = LastElement(path, values);
                        break;
                    default:
                        throw new InvalidDataException($"A header passes through '{name}', which is not a table that headers may extend.");
                }
            }

            path = Child(path, names[^1]);
            var existing = kinds.GetValueOrDefault(path, (PathKind)(-1));
            if (header is TableArraySyntax)
            {
                if (existing == (PathKind)(-1))
                {
                    Create(path, PathKind.TableArray, kinds, values);
                }
                else if (existing != PathKind.TableArray)
                {
                    throw new InvalidDataException($"[[{names[^1]}]] adds to something that is not an array of tables.");
                }

                var elements = (List<object>)values[path];
                var element = $"{path}\u0001#{elements.Count}";
                var table = new Dictionary<string, object>(StringComparer.Ordinal);
                elements.Add(table);
                values[element] = table;
                kinds[element] = PathKind.HeaderTable;
                path = element;
            }
            else if (existing == (PathKind)(-1))
            {
                Create(path, PathKind.HeaderTable, kinds, values);
            }
            else if (existing == PathKind.ImplicitTable)
            {
                kinds[path] = PathKind.HeaderTable;
            }
            else
            {
                throw new InvalidDataException($"[{names[^1]}] defines a table that is already defined.");
            }

            AddKeyValues(path, header.Items, kinds, values);
        }

        return (Dictionary<string, object>)values[string.Empty];
    }

    private static void AddKeyValues(string section, IEnumerable<KeyValueSyntax> keyValues, Dictionary<string, PathKind> kinds, Dictionary<string, object> values)
    {
        foreach (var keyValue in keyValues)
        {
            var names = Names(keyValue.Key!);
            var path = section;
            foreach (var name in names[..^1])
            {
                path = Child(path, name);
                switch (kinds.GetValueOrDefault(path, (PathKind)(-1)))
                {
                    case (PathKind)(-1):
                        Create(path, PathKind.DottedTable, kinds, values);
                        break;
                    case PathKind.DottedTable:
                        break;
                    default:
                        throw new InvalidDataException($"A dotted key adds to '{name}', which dotted keys did not create.");
                }
            }

            path = Child(path, names[^1]);
            if (kinds.ContainsKey(path))
            {
                throw new InvalidDataException($"The key '{names[^1]}' is defined twice.");
            }

            if (keyValue.Value is InlineTableSyntax inline)
            {
                Create(path, PathKind.InlineTable, kinds, values);
                AddKeyValues(path, inline.Items.Select(item => item.KeyValue!), kinds, values);
                continue;
            }

            kinds[path] = PathKind.Value;
            Parent(path, values)[names[^1]] = Value(keyValue.Value!);
        }
    }

    private static void Create(string path, PathKind kind, Dictionary<string, PathKind> kinds, Dictionary<string, object> values)
    {
        object created = kind == PathKind.TableArray ? new List<object>() : new Dictionary<string, object>(StringComparer.Ordinal);
        kinds[path] = kind;
        values[path] = created;
        Parent(path, values)[path[(path.LastIndexOf('\u0000') + 1)..]] = created;
    }

    private static Dictionary<string, object> Parent(string path, Dictionary<string, object> values) =>
        (Dictionary<string, object>)values[path[..path.LastIndexOf('\u0000')]];

    private static string LastElement(string path, Dictionary<string, object> values) =>
        $"{path}\u0001#{((List<object>)values[path]).Count - 1}";

    private static string Child(string path, string name) => $"{path}\u0000{name}";

    private static object Value(ValueSyntax value) => value switch
    {
        StringValueSyntax text => text.Value!,
        IntegerValueSyntax integer => integer.Value,
        FloatValueSyntax number => number.Value,
        BooleanValueSyntax boolean => boolean.Value,
        DateTimeValueSyntax date => date.Value,
        ArraySyntax array => array.Items.Select(item => Value(item.Value!)).ToList(),
        InlineTableSyntax inline => InlineValue(inline),
        _ => throw new InvalidOperationException($"Unexpected TOML value {value}."),
    };

    // An inline table inside an array: nothing outside can reach it, so only its own keys are checked.
    private static Dictionary<string, object> InlineValue(InlineTableSyntax inline)
    {
        var kinds = new Dictionary<string, PathKind>(StringComparer.Ordinal);
        var values = new Dictionary<string, object>(StringComparer.Ordinal) { [string.Empty] = new Dictionary<string, object>(StringComparer.Ordinal) };
        AddKeyValues(string.Empty, inline.Items.Select(item => item.KeyValue!), kinds, values);
        return (Dictionary<string, object>)values[string.Empty];
    }

    private static string[] Names(KeySyntax key) =>
        [Name(key.Key!), .. key.DotKeys.Select(dotted => Name(dotted.Key!))];

    private static string Name(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => bare.Key!.Text!,
        StringValueSyntax quoted => quoted.Value!,
        _ => throw new InvalidOperationException($"Unexpected TOML key {key}."),
    };
}
