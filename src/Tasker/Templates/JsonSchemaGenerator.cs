using System.Text;
using System.Text.Json;
using Tasker.Launcher;
using Tasker.Profiles;
using LauncherStyle = System.Collections.Generic.Dictionary<Tasker.Definition, System.Action<System.Text.Json.Utf8JsonWriter>>;

namespace Tasker.Templates;

/// <summary>
/// Writes a JSON Schema (draft-07, which Taplo and Even Better TOML read) for the project's profiles: the launcher's
/// keys, and each task's table from its definitions. A file whose <c>__schema__</c> names a task (a template, an
/// included task profile) is checked as that task's table; the tables of a launcher profile may belong to any task.
/// Typed strings (<c>"8$I"</c>, <c>"PORT$E$I"</c>) are accepted wherever a value of another type is expected.
/// </summary>
internal static class JsonSchemaGenerator
{
    private const string TypedStringDefinition = "typed-string";

    // The engine's own keys whose value takes more than one form (a file or a list of files; seconds or a duration
    // with a unit): their definitions say only "object", which would let an editor accept anything.
    private static readonly Dictionary<Definition, Action<Utf8JsonWriter>> EngineKeyForms = ReadEngineKeyForms();

    public static string Generate(IReadOnlyList<(IReadOnlyList<string> Names, IReadOnlyList<Definition> Definitions)> tasks)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", "Tasker profile");
            json.WriteString("description", "A Tasker launcher profile ([[__meta__]] entries and task tables), or a task's own profile naming its task in __schema__.");
            json.WriteString("type", "object");

            json.WriteStartObject("properties");
            WriteHeader(json, tasks);
            WriteSettings(json);
            WriteMeta(json, tasks);
            json.WriteEndObject();

            // Any other top-level table is some task's table.
            json.WriteStartObject("additionalProperties");
            json.WriteString("type", "object");
            json.WriteEndObject();

            json.WriteStartArray("allOf");
            foreach (var (names, _) in tasks)
            {
                foreach (var name in names)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("if");
                    json.WriteStartObject("properties");
                    json.WriteStartObject("__schema__");
                    json.WriteString("const", name);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteStartArray("required");
                    json.WriteStringValue("__schema__");
                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteStartObject("then");
                    json.WriteString("$ref", $"#/definitions/{DefinitionName(names[0])}");
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();

            json.WriteStartObject("definitions");
            json.WriteStartObject(TypedStringDefinition);
            json.WriteString("type", "string");
            json.WriteString("pattern", "\\$[IFBSECPRTM](\\$.*)?$");
            json.WriteString("description", "A typed string: text ending in $I, $F, $B, $S, $E, $C, $P, $R, $T or $M (see the README's Profile language section).");
            json.WriteEndObject();
            foreach (var (names, definitions) in tasks)
            {
                json.WriteStartObject(DefinitionName(names[0]));
                WriteTable(json, definitions, $"The profile table of {names[0]}.", allowSchemaKey: true);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    // JSON Pointer fragments must not contain '/' or '~'; type names never do, but aliases could.
    private static string DefinitionName(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    // The launcher's keys come from their description (LauncherTables); only what a definition cannot say (examples,
    // the log levels) is added here, by key. Tasker reads the launcher's keys as written: no typed strings there.
    private static void WriteHeader(Utf8JsonWriter json, IReadOnlyList<(IReadOnlyList<string> Names, IReadOnlyList<Definition> Definitions)> tasks)
    {
        var launcher = new LauncherStyle
        {
            [LauncherTables.Header[0]] = json => WriteStrings(json, "examples", LauncherProfileReader.LauncherSchemas.Concat(tasks.SelectMany(task => task.Names))),
        };
        foreach (var definition in LauncherTables.Header)
        {
            json.WriteStartObject(definition.Name);
            WriteDefinition(json, definition, launcher);
            json.WriteEndObject();
        }
    }

    private static void WriteSettings(Utf8JsonWriter json)
    {
        var launcher = new LauncherStyle
        {
            [LauncherTables.Storage.Children.Single(definition => definition.Name == LauncherTables.ReferenceKey)] = json => WriteStrings(json, "examples", Storage.StorageFactory.KnownNames),
            [LauncherTables.Log.Children.Single(definition => definition.Name == LauncherTables.LevelKey)] = json => WriteStrings(json, "enum", LauncherTables.LogLevelNames),
        };
        json.WriteStartObject(LauncherTables.Setting.Name);
        WriteDefinition(json, LauncherTables.Setting, launcher);
        json.WriteEndObject();
    }

    private static void WriteMeta(Utf8JsonWriter json, IReadOnlyList<(IReadOnlyList<string> Names, IReadOnlyList<Definition> Definitions)> tasks)
    {
        var reference = LauncherTables.Entry.Single(definition => definition.Name == LauncherTables.ReferenceKey);
        json.WriteStartObject(LauncherTables.MetaKey);
        json.WriteString("type", "array");
        json.WriteString("description", "The tasks to run, in order.");
        json.WriteStartObject("items");
        var launcher = new LauncherStyle
        {
            [reference] = json => WriteStrings(json, "examples", tasks.SelectMany(task => task.Names)),
        };
        WriteTable(json, LauncherTables.Entry, description: null, allowSchemaKey: false, launcher);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter json, IReadOnlyList<Definition> definitions, string? description, bool allowSchemaKey, LauncherStyle? launcher = null)
    {
        json.WriteString("type", "object");
        if (description is not null)
        {
            json.WriteString("description", description);
        }

        if (definitions.Count == 0)
        {
            return;
        }

        json.WriteStartObject("properties");
        if (allowSchemaKey)
        {
            json.WriteStartObject("__schema__");
            json.WriteString("type", "string");
            json.WriteEndObject();
        }

        foreach (var definition in definitions)
        {
            json.WriteStartObject(definition.Name);
            WriteDefinition(json, definition, launcher);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        var required = definitions.Where(definition => definition.IsRequired).Select(definition => definition.Name).ToList();
        if (required.Count > 0)
        {
            WriteStrings(json, "required", required);
        }
    }

    private static void WriteDefinition(Utf8JsonWriter json, Definition definition, LauncherStyle? launcher = null)
    {
        if (definition.Description is { } description)
        {
            json.WriteString("description", description);
        }

        if (definition.IsArrayOfTables)
        {
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            WriteTable(json, definition.Children, description: null, allowSchemaKey: false, launcher);
            json.WriteEndObject();
            return;
        }

        if (definition.Type == typeof(Profile))
        {
            WriteTable(json, definition.Children, description: null, allowSchemaKey: false, launcher);
            return;
        }

        if (definition.Default is { } defaultValue && JsonDefault(defaultValue) is { } element)
        {
            json.WritePropertyName("default");
            element.WriteTo(json);
        }

        if (EngineKeyForms.TryGetValue(definition, out var form))
        {
            form(json);
            return;
        }

        if (launcher is null)
        {
            WriteType(json, definition.Type);
            return;
        }

        WriteLauncherType(json, definition.Type);
        if (launcher.TryGetValue(definition, out var extra))
        {
            extra(json);
        }
    }

    // A launcher key's plain JSON type: an object (a value of more than one kind) gets none.
    private static void WriteLauncherType(Utf8JsonWriter json, Type type)
    {
        if (type != typeof(object) && JsonKind(Nullable.GetUnderlyingType(type) ?? type) is (string kind, _))
        {
            json.WriteString("type", kind);
        }
    }

    private static void WriteType(Utf8JsonWriter json, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string) || underlying == typeof(object))
        {
            if (underlying == typeof(string))
            {
                json.WriteString("type", "string");
            }

            return;
        }

        if (underlying.IsEnum)
        {
            json.WriteStartArray("anyOf");
            json.WriteStartObject();
            WriteStrings(json, "enum", Enum.GetNames(underlying));
            json.WriteEndObject();
            WriteTypedStringReference(json);
            json.WriteEndArray();
            return;
        }

        json.WriteStartArray("anyOf");
        json.WriteStartObject();
        if (ProfileValueConverter.ElementType(underlying) is { } element)
        {
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            WriteType(json, element);
            json.WriteEndObject();
        }
        else
        {
            var (kind, format) = JsonKind(underlying);
            if (kind is not null)
            {
                json.WriteString("type", kind);
            }

            if (format is not null)
            {
                json.WriteString("format", format);
            }
        }

        json.WriteEndObject();
        WriteTypedStringReference(json);
        json.WriteEndArray();
    }

    private static Dictionary<Definition, Action<Utf8JsonWriter>> ReadEngineKeyForms()
    {
        var forms = new Dictionary<Definition, Action<Utf8JsonWriter>>(ReferenceEqualityComparer.Instance);
        var tables = new[] { LauncherTables.Entry, Containers.ContainerTables.Fork, Containers.ContainerTables.Branch, Containers.ContainerTables.Single };
        foreach (var definition in tables.SelectMany(table => table))
        {
            Action<Utf8JsonWriter>? form = definition.Name switch
            {
                DeclaredFilesReader.InputsKey or DeclaredFilesReader.OutputsKey => WriteFiles,
                LauncherTables.TimeoutKey => WriteDuration,
                _ => null,
            };
            if (form is not null && definition.Type == typeof(object))
            {
                forms[definition] = form;
            }
        }

        return forms;
    }

    // A file or glob, or an array of them (DeclaredFilesReader): never empty.
    private static void WriteFiles(Utf8JsonWriter json) => WriteAnyOf(
        json,
        WriteNonEmptyString,
        form =>
        {
            form.WriteString("type", "array");
            form.WriteStartObject("items");
            WriteNonEmptyString(form);
            form.WriteEndObject();
        });

    // A positive number of seconds, or a number with a unit, as DurationParser reads them.
    private static void WriteDuration(Utf8JsonWriter json) => WriteAnyOf(
        json,
        form =>
        {
            form.WriteString("type", "number");
            form.WriteNumber("exclusiveMinimum", 0);
        },
        form =>
        {
            form.WriteString("type", "string");
            form.WriteString("pattern", "^\\s*[0-9]+(\\.[0-9]+)?\\s*([mM][sS]|[sS]|[mM]|[mM][iI][nN]|[hH])?\\s*$");
        });

    private static void WriteNonEmptyString(Utf8JsonWriter json)
    {
        json.WriteString("type", "string");
        json.WriteNumber("minLength", 1);
    }

    // "anyOf": one schema object per form, each form writing its properties.
    private static void WriteAnyOf(Utf8JsonWriter json, params Action<Utf8JsonWriter>[] forms)
    {
        json.WriteStartArray("anyOf");
        foreach (var form in forms)
        {
            json.WriteStartObject();
            form(json);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteTypedStringReference(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("$ref", $"#/definitions/{TypedStringDefinition}");
        json.WriteEndObject();
    }

    private static (string? Kind, string? Format) JsonKind(Type type)
    {
        if (type == typeof(bool)) return ("boolean", null);
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return ("number", null);
        if (ProfileValueConverter.TryConvert(0L, type, out _)) return ("integer", null);
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return ("string", "date-time");
        if (type == typeof(DateOnly)) return ("string", "date");
        if (type == typeof(TimeOnly)) return ("string", "time");
        if (type == typeof(Profile)) return ("object", null);
        return ("string", null);
    }

    private static JsonElement? JsonDefault(object value)
    {
        try
        {
            return value switch
            {
                Enum member => JsonSerializer.SerializeToElement(member.ToString()),
                Type type => JsonSerializer.SerializeToElement($"{type.FullName}$R"),
                double number when !double.IsFinite(number) => null,
                float number when !float.IsFinite(number) => null,
                string or bool or sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal => JsonSerializer.SerializeToElement(value, value.GetType()),
                System.Collections.IEnumerable items => JsonSerializer.SerializeToElement(items.Cast<object?>().Select(item => item is Enum member ? member.ToString() : item).ToList()),
                _ => null,
            };
        }
        catch (NotSupportedException)
        {
            // A default JSON cannot hold is simply not shown.
            return null;
        }
    }
}
