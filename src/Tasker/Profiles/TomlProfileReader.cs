using Tasker.Diagnostics;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Tasker.Profiles;

/// <summary>
/// Reads TOML text into a <see cref="ProfileTable"/> that keeps the place of every key and value.
/// Tomlyn checks the syntax and the TOML rules (no key defined twice); this class only builds the tree.
/// </summary>
internal static class TomlProfileReader
{
    public static ProfileTable ReadFile(string path)
    {
        // Recorded before reading: a file that is missing now must still trigger a rerun once it appears.
        ProfileFileTracker.Record(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = exception switch
            {
                FileNotFoundException or DirectoryNotFoundException => "it does not exist",
                _ when Directory.Exists(path) => "it is a folder, not a file",
                _ => exception.Message.TrimEnd('.'),
            };
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ProfileNotFound,
                SourceLocation.OfFile(path),
                $"Cannot read the profile file '{path}': {reason}. Check the path in the TaskerProfile item or the entry's 'path' key."));
        }

        return ReadText(text, path);
    }

    public static ProfileTable ReadText(string text, string path)
    {
        var document = SyntaxParser.Parse(text, path, validate: true);
        if (document.HasErrors)
        {
            var first = document.Diagnostics.First(message => message.Kind == DiagnosticMessageKind.Error);
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.TomlSyntax,
                ToLocation(path, first.Span),
                $"Invalid TOML: {first.Message.TrimEnd('.')}. Fix the TOML syntax at this place."));
        }

        var root = new ProfileTable(new SourceLocation(path, 1, 1));
        foreach (var keyValue in document.KeyValues)
        {
            AddKeyValue(root, keyValue, path);
        }

        foreach (var header in document.Tables)
        {
            var table = OpenHeader(root, header, path);
            foreach (var keyValue in header.Items)
            {
                AddKeyValue(table, keyValue, path);
            }
        }

        return root;
    }

    internal static SourceLocation ToLocation(string path, SourceSpan span) =>
        new(path, span.Start.Line + 1, span.Start.Column + 1, span.End.Line + 1, span.End.Column + 1);

    private static ProfileTable OpenHeader(ProfileTable root, TableSyntaxBase header, string path)
    {
        var segments = KeySegments(header.Name!);

        // The header line alone ("[[__meta__]]"), not the whole table, is where a table's diagnostics point.
        var location = header.OpenBracket is { } open && header.CloseBracket is { } close
            ? new SourceLocation(path, open.Span.Start.Line + 1, open.Span.Start.Column + 1, close.Span.End.Line + 1, close.Span.End.Column + 1)
            : ToLocation(path, header.Span);
        var parent = root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            parent = Descend(parent, segments[i].Name, segments[i].Location);
        }

        var (name, keyLocation) = segments[^1];
        if (header is TableArraySyntax)
        {
            if (!parent.TryGetField(name, out var field) || field.Value.Raw is not ProfileArray)
            {
                field = new ProfileField(name, keyLocation, new ProfileValue(new ProfileArray(isArrayOfTables: true), location));
                parent.Set(field);
            }

            var element = new ProfileTable(location);
            ((ProfileArray)field.Value.Raw).Add(new ProfileValue(element, location));
            return element;
        }

        var table = Descend(parent, name, keyLocation);
        table.Location = location;
        return table;
    }

    // Dotted keys and headers create intermediate tables implicitly; an array of tables continues at its last element.
    private static ProfileTable Descend(ProfileTable parent, string name, SourceLocation location)
    {
        if (parent.TryGetField(name, out var field))
        {
            switch (field.Value.Raw)
            {
                case ProfileTable existing:
                    return existing;
                case ProfileArray { IsArrayOfTables: true } array when array.Items.Count > 0:
                    return (ProfileTable)array.Items[^1].Raw;
            }
        }

        var table = new ProfileTable(location);
        parent.Set(new ProfileField(name, location, new ProfileValue(table, location)));
        return table;
    }

    private static void AddKeyValue(ProfileTable table, KeyValueSyntax keyValue, string path)
    {
        var segments = KeySegments(keyValue.Key!);
        var target = table;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            target = Descend(target, segments[i].Name, segments[i].Location);
        }

        var (name, keyLocation) = segments[^1];
        target.Set(new ProfileField(name, keyLocation, ConvertValue(keyValue.Value!, path)));
    }

    private static List<(string Name, SourceLocation Location)> KeySegments(KeySyntax key)
    {
        var path = key.Span.FileName ?? string.Empty;
        var segments = new List<(string, SourceLocation)> { (KeyText(key.Key!), ToLocation(path, key.Key!.Span)) };
        foreach (var dotted in key.DotKeys)
        {
            segments.Add((KeyText(dotted.Key!), ToLocation(path, dotted.Key!.Span)));
        }

        return segments;
    }

    private static string KeyText(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => bare.Key!.Text!,
        StringValueSyntax quoted => quoted.Value!,
        _ => key.ToString()!,
    };

    private static ProfileValue ConvertValue(ValueSyntax value, string path)
    {
        var location = ToLocation(path, value.Span);
        object raw = value switch
        {
            StringValueSyntax text => text.Value!,
            IntegerValueSyntax integer => integer.Value,
            FloatValueSyntax number => number.Value,
            BooleanValueSyntax boolean => boolean.Value,
            DateTimeValueSyntax dateTime => ConvertDateTime(dateTime.Value),
            ArraySyntax array => ConvertArray(array, path),
            InlineTableSyntax inline => ConvertInlineTable(inline, location, path),
            _ => throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.TomlSyntax, location, $"Unsupported TOML value '{value}'.")),
        };
        return new ProfileValue(raw, location);
    }

    private static object ConvertDateTime(TomlDateTime value) => value.Kind switch
    {
        TomlDateTimeKind.LocalDate => DateOnly.FromDateTime(value.DateTime.DateTime),
        TomlDateTimeKind.LocalTime => TimeOnly.FromDateTime(value.DateTime.DateTime),
        TomlDateTimeKind.LocalDateTime => value.DateTime.DateTime,
        _ => value.DateTime,
    };

    private static ProfileArray ConvertArray(ArraySyntax syntax, string path)
    {
        var array = new ProfileArray(isArrayOfTables: false);
        foreach (var item in syntax.Items)
        {
            array.Add(ConvertValue(item.Value!, path));
        }

        return array;
    }

    private static ProfileTable ConvertInlineTable(InlineTableSyntax syntax, SourceLocation location, string path)
    {
        var table = new ProfileTable(location);
        foreach (var item in syntax.Items)
        {
            AddKeyValue(table, item.KeyValue!, path);
        }

        return table;
    }
}
