using System.Globalization;
using System.Text;
using CsCheck;
using Tasker.Diagnostics;
using Tasker.Profiles;
using Tasker.Tests.Support;
using Tomlyn;
using Tomlyn.Parsing;

namespace Tasker.Tests.Profiles;

/// <summary>
/// The profile reader builds its tree from Tomlyn's lexer. On generated documents it accepts, rejects and reads
/// exactly as an independent oracle over Tomlyn's syntax tree (<see cref="TomlSyntaxOracle"/>) does. The
/// rules on defining a key or table once, and the places of keys, values and headers, are also tested directly.
/// </summary>
[TestClass]
public sealed class TomlTreeReaderTests
{
    private const string File = "reader.toml";

    // Lines that combine into valid and invalid documents: redefinitions, dotted keys, headers through dotted and
    // implicit tables, inline tables, arrays of tables, every kind of value.
    private static readonly string[] Lines =
    [
        "[a]", "[a.b]", "[a.b.c]", "[[a]]", "[[a.b]]", "[b]", "[[c]]", "[c.d]", "[ \"q.k\" . x ]", "[e]",
        "x = 1", "x = 2", "a = 1", "b = 'lit'", "a.b = \"s\"", "a.b.c = true", "b.c = 1.5", "c = [1, 2, 3]",
        "c = []", "d = { e = 1, f.g = \"h\" }", "e = [{ x = 1 }, { y = [nan, -inf] }]", "f = 1979-05-27T07:32:00Z",
        "g = 07:32:00", "h = 1979-05-27", "i = 0x1F", "j = \"\"\"multi\nline\"\"\"", "k = \"esc\\t\\u00e9\"",
        "\"quoted key\" = -17", "l = [", "m = = 1", "# comment only", "", "n = 1 # trailing", "o = [\n 1,\n 2,\n]",
        "p = {}", "q = 1979-05-27 07:32:00", "r = 1_000", "s = 'it''s'",
    ];

    private static readonly Gen<string> Documents = Gen.OneOf(Lines).Array[0, 10].Select(lines => string.Join("\n", lines) + "\n");

    [TestMethod]
    public void Accepts_and_reads_generated_documents_as_the_oracle_does() =>
        Documents.Sample(text =>
        {
            // Syntax from Tomlyn's parser; the rules on defining keys and tables from an independent oracle.
            var document = SyntaxParser.Parse(text, File, validate: false);
            Dictionary<string, object>? expected = null;
            if (!document.HasErrors)
            {
                try
                {
                    expected = TomlSyntaxOracle.Values(document);
                }
                catch (InvalidDataException)
                {
                    // The document breaks a rule: the reader must reject it.
                }
            }

            ProfileTable? table = null;
            try
            {
                table = TomlProfileReader.ReadText(text, File);
            }
            catch (DiagnosticException exception)
            {
                Assert.AreEqual("TSK0002", exception.Diagnostic.Code, text);
            }

            Assert.AreEqual(expected is not null, table is not null, $"The oracle {(expected is null ? "rejects" : "accepts")}:\n{text}");
            if (table is not null)
            {
                Assert.AreEqual(Canonical(expected), Canonical(table), text);
            }
        }, iter: 3000);

    [TestMethod]
    [DataRow("a = 1\na = 2\n", 2, 1, DisplayName = "A key defined twice")]
    [DataRow("[t]\nx = 1\n[t]\ny = 2\n", 3, 1, DisplayName = "A table header repeated")]
    [DataRow("a.b = 1\n[a]\n", 2, 1, DisplayName = "A header for a table made by dotted keys")]
    [DataRow("a = { x = 1 }\n[a.y]\n", 2, 2, DisplayName = "A header inside an inline table")]
    [DataRow("a = { x = 1 }\na.y = 2\n", 2, 1, DisplayName = "A dotted key adding to an inline table")]
    [DataRow("a = [1]\n[[a]]\n", 2, 1, DisplayName = "An array of tables appended to a static array")]
    [DataRow("[[a]]\n[a]\n", 2, 1, DisplayName = "A table header for an array of tables")]
    [DataRow("[a.b.c]\n[a]\nb.d = 1\n", 3, 1, DisplayName = "A dotted key adding to a table made by a header")]
    [DataRow("a = 1\n[a.b]\n", 2, 2, DisplayName = "A header through a value")]
    [DataRow("a = 1 b = 2\n", 1, 7, DisplayName = "Two key/value pairs on one line")]
    public void Rejects_a_redefinition_at_its_place(string text, int line, int column)
    {
        var diagnostic = Assert.ThrowsExactly<DiagnosticException>(() => TomlProfileReader.ReadText(text, File)).Diagnostic;

        Assert.AreEqual(("TSK0002", line, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column), $"{diagnostic.Location} {diagnostic.Message}");
        StringAssert.StartsWith(diagnostic.Message, "Invalid TOML: ");
    }

    [TestMethod]
    [DataRow("a = 1\nb = \"x\\u0", DisplayName = "A short \\u escape at the end of the text")]
    [DataRow("a = 1\nb = \"\\uD800\"\n", DisplayName = "A surrogate escape")]
    [DataRow("a = 1\nb = \"\\U00110000\"\n", DisplayName = "An escape past Unicode's last code point")]
    public void An_escape_outside_unicode_is_invalid_toml_on_its_line(string text)
    {
        var diagnostic = Assert.ThrowsExactly<DiagnosticException>(() => TomlProfileReader.ReadText(text, File)).Diagnostic;

        Assert.AreEqual(("TSK0002", 2), (diagnostic.Code, diagnostic.Location.Line), $"{diagnostic.Location} {diagnostic.Message}");
        StringAssert.StartsWith(diagnostic.Message, "Invalid TOML: ");
    }

    [TestMethod]
    public void A_problem_is_reported_where_it_is_even_when_tomlyn_wrongly_refuses_an_earlier_line()
    {
        // Lines 1-4 are valid TOML that Tomlyn's validator refuses; line 6 defines 'x' a second time.
        var text = "[[a]]\n[a.b.c]\n[[a]]\nb = 'lit'\nx = 1\nx = 2\n";

        var diagnostic = Assert.ThrowsExactly<DiagnosticException>(() => TomlProfileReader.ReadText(text, File)).Diagnostic;

        Assert.AreEqual(("TSK0002", 6, 1), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column), diagnostic.Message);
        StringAssert.Contains(diagnostic.Message, "already defined");
    }

    [TestMethod]
    [DataRow("[a.b]\nx = 1\n[a]\ny = 2\n", DisplayName = "A table first created by a longer header")]
    [DataRow("[fruit]\napple.color = 'red'\n[fruit.apple.texture]\nsmooth = true\n", DisplayName = "A sub-table of a dotted-key table")]
    [DataRow("[[a]]\n[a.b]\n[[a]]\n[a.b]\n", DisplayName = "The same sub-table in two elements of an array of tables")]
    [DataRow("a.b.c = 1\na.b.d = 2\n", DisplayName = "Dotted keys sharing a prefix")]
    [DataRow("a = 1\r\n[t]\r\nb = 'x' # note\r\n", DisplayName = "Windows line ends and a comment")]
    [DataRow("[t]\na = 1", DisplayName = "No line end after the last value")]
    [DataRow("t = { a = 1,\n  b = 2, }\n", DisplayName = "A TOML 1.1 inline table over lines with a trailing comma")]
    public void Accepts_what_toml_allows(string text)
    {
        var table = TomlProfileReader.ReadText(text, File);

        Assert.IsGreaterThan(0, table.Count);
    }

    [TestMethod]
    [DataRow(3)]
    [DataRow(8)]
    [DataRow(9)]
    [DataRow(40)]
    public void Finds_every_key_and_a_repeated_one_in_tables_of_any_size(int keys)
    {
        var text = string.Concat(Enumerable.Range(0, keys).Select(index => $"k{index} = {index}\n"));

        var table = TomlProfileReader.ReadText(text, File);
        var repeated = Assert.ThrowsExactly<DiagnosticException>(() => TomlProfileReader.ReadText(text + "k2 = 0\n", File)).Diagnostic;

        CollectionAssert.AreEqual(Enumerable.Range(0, keys).Select(index => (object)(long)index).ToList(), Enumerable.Range(0, keys).Select(index => Field(table, $"k{index}").Value.Raw).ToList());
        Assert.IsFalse(table.TryGetField("k", out _));
        Assert.AreEqual(("TSK0002", keys + 1), (repeated.Code, repeated.Location.Line));
    }

    [TestMethod]
    public void A_string_that_never_ends_is_reported_where_the_file_ends()
    {
        var diagnostic = Assert.ThrowsExactly<DiagnosticException>(() => TomlProfileReader.ReadText("a = 1\nb = \"\"\"never\nends\n", File)).Diagnostic;

        Assert.AreEqual(("TSK0002", 3, 5), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column), diagnostic.Message);
        StringAssert.Contains(diagnostic.Message, "multi-line string");
    }

    [TestMethod]
    public void Keeps_the_place_of_headers_keys_and_values()
    {
        var table = TomlProfileReader.ReadText("top = [1,\n  2]\n\n[[__meta__]]\nreference = \"T\"\n  [ server . port ]\nn = { a = 1 }\n", File);

        Assert.AreEqual(new SourceLocation(File, 1, 7, 2, 4), Field(table, "top").Value.Location);
        var entry = (ProfileTable)((ProfileArray)Field(table, "__meta__").Value.Raw).Items[0].Raw;
        Assert.AreEqual(new SourceLocation(File, 4, 1, 4, 12), entry.Location);
        Assert.AreEqual(new SourceLocation(File, 5, 1, 5, 9), Field(entry, "reference").KeyLocation);
        Assert.AreEqual(new SourceLocation(File, 5, 13, 5, 15), Field(entry, "reference").Value.Location);
        var port = (ProfileTable)Field((ProfileTable)Field(table, "server").Value.Raw, "port").Value.Raw;
        Assert.AreEqual(new SourceLocation(File, 6, 3, 6, 19), port.Location);
        Assert.AreEqual(new SourceLocation(File, 7, 5, 7, 13), Field(port, "n").Value.Location);
    }

    [TestMethod]
    public void Refuses_values_nested_deeper_than_tomlyn_allows_without_exhausting_the_stack()
    {
        var text = $"a = {new string('[', 100_000)}{new string(']', 100_000)}\n";

        var diagnostic = Assert.ThrowsExactly<DiagnosticException>(() => TomlProfileReader.ReadText(text, File)).Diagnostic;

        Assert.AreEqual("TSK0002", diagnostic.Code);
    }

    [TestMethod]
    public void Reads_dates_and_times_as_their_clr_types()
    {
        var table = TomlProfileReader.ReadText("a = 1979-05-27T07:32:00Z\nb = 1979-05-27T07:32:00\nc = 1979-05-27\nd = 07:32:00\n", File);

        Assert.AreEqual(new DateTimeOffset(1979, 5, 27, 7, 32, 0, TimeSpan.Zero), Field(table, "a").Value.Raw);
        Assert.AreEqual(new DateTime(1979, 5, 27, 7, 32, 0), Field(table, "b").Value.Raw);
        Assert.AreEqual(new DateOnly(1979, 5, 27), Field(table, "c").Value.Raw);
        Assert.AreEqual(new TimeOnly(7, 32, 0), Field(table, "d").Value.Raw);
    }

    [TestMethod]
    public void The_tables_of_a_profile_share_one_string_per_key_name_and_one_box_per_boolean()
    {
        // What a fork of thousands of branches keeps in memory: not a copy of "execute" and of true for each branch.
        var table = TomlProfileReader.ReadText("[[tasks]]\nexecute = true\nquiet = false\n[[tasks]]\nexecute = true\nquiet = false\n", File);

        var tasks = ((ProfileArray)Field(table, "tasks").Value.Raw).Items.Select(item => (ProfileTable)item.Raw).ToList();
        Assert.AreSame(tasks[0].Fields[0].Key, tasks[1].Fields[0].Key);
        Assert.AreSame(Field(tasks[0], "execute").Value.Raw, Field(tasks[1], "execute").Value.Raw);
        Assert.AreSame(Field(tasks[0], "quiet").Value.Raw, Field(tasks[1], "quiet").Value.Raw);
        Assert.AreEqual(true, Field(tasks[1], "execute").Value.Raw);
        Assert.AreEqual(false, Field(tasks[1], "quiet").Value.Raw);
    }

    [TestMethod]
    public void A_key_longer_than_the_keys_before_it_is_read_whole()
    {
        // The reader reuses its key parts from key to key; a longer key after a shorter one, and a shorter one after
        // it, must each be read as written.
        var table = TomlProfileReader.ReadText("a = 1\nb.c.d = 2\ne = 3\nb.f = 4\n", File);

        Assert.AreEqual(1L, Field(table, "a").Value.Raw);
        var b = (ProfileTable)Field(table, "b").Value.Raw;
        Assert.AreEqual(2L, Field((ProfileTable)Field(b, "c").Value.Raw, "d").Value.Raw);
        Assert.AreEqual(3L, Field(table, "e").Value.Raw);
        Assert.AreEqual(4L, Field(b, "f").Value.Raw);
        Assert.AreEqual(new SourceLocation(File, 4, 3, 4, 3), Field(b, "f").KeyLocation);
    }

    private static ProfileField Field(ProfileTable table, string key) =>
        table.TryGetField(key, out var field) ? field : throw new AssertFailedException($"No key '{key}'.");

    // One text for both trees: keys sorted, values with their kinds, dates as TOML writes them.
    private static string Canonical(object? value)
    {
        var text = new StringBuilder();
        Write(value, text);
        return text.ToString();
    }

    private static void Write(object? value, StringBuilder text)
    {
        switch (value)
        {
            case Dictionary<string, object> table:
                WriteTable(table.Select(pair => (pair.Key, (object?)pair.Value)), text);
                break;
            case ProfileTable table:
                WriteTable(table.Fields.Select(field => (field.Key, (object?)field.Value.Raw)), text);
                break;
            case List<object> array:
                WriteArray(array, text);
                break;
            case ProfileArray array:
                WriteArray(array.Items.Select(item => (object?)item.Raw), text);
                break;
            case double number:
                text.Append("f:").Append(BitConverter.DoubleToInt64Bits(double.IsNaN(number) ? double.NaN : number));
                break;
            case TomlDateTime date:
                text.Append("d:").Append(date.Kind switch
                {
                    TomlDateTimeKind.LocalDate => DateOnly.FromDateTime(date.DateTime.DateTime).ToString("O", CultureInfo.InvariantCulture),
                    TomlDateTimeKind.LocalTime => TimeOnly.FromDateTime(date.DateTime.DateTime).ToString("O", CultureInfo.InvariantCulture),
                    TomlDateTimeKind.LocalDateTime => date.DateTime.DateTime.ToString("O", CultureInfo.InvariantCulture),
                    _ => date.DateTime.ToString("O", CultureInfo.InvariantCulture),
                });
                break;
            case DateOnly or TimeOnly or DateTime or DateTimeOffset:
                text.Append("d:").Append(((IFormattable)value).ToString("O", CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value?.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteTable(IEnumerable<(string Key, object? Value)> fields, StringBuilder text)
    {
        text.Append('{');
        foreach (var (key, value) in fields.OrderBy(field => field.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append('=');
            Write(value, text);
            text.Append(';');
        }

        text.Append('}');
    }

    private static void WriteArray(IEnumerable<object?> items, StringBuilder text)
    {
        text.Append('[');
        foreach (var item in items)
        {
            Write(item, text);
            text.Append(',');
        }

        text.Append(']');
    }
}
