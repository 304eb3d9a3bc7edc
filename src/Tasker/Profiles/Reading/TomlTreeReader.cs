using Tasker.Diagnostics;
using Tomlyn.Parsing;
using Tomlyn.Syntax;
using Tomlyn.Text;

namespace Tasker.Profiles.Reading;

/// <summary>
/// Builds a <see cref="ProfileTable"/> straight from Tomlyn's lexer, which reads and decodes every token (strings,
/// escapes, numbers, dates). This class adds the grammar of lines, headers and values and TOML's rules on defining a
/// key or table once. Tomlyn's syntax tree keeps every space and comment for round-tripping, which made reading a
/// 10,000-entry profile several times slower than everything the check does after it; this reader keeps only what
/// a profile needs, with the place of every key and value.
/// </summary>
internal sealed class TomlTreeReader
{
    // Tomlyn's own nesting limit: deeper input is refused instead of exhausting the stack.
    private const int MaxDepth = 64;

    // One box for each boolean: the many true and false values of a large profile need not each be an object.
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    private readonly TomlLexer _lexer;
    private readonly string _path;

    // Only tables not defined by a header are recorded; most tables of a profile are, and need no entry. A set per
    // origin, not a dictionary of table to origin: a dictionary whose values are an enum of Tasker's is generic code
    // no precompiled image holds, compiled just in time in every process that reads a profile.
    private readonly HashSet<ProfileTable> _implicit = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ProfileTable> _dotted = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ProfileTable> _inline = new(ReferenceEqualityComparer.Instance);
    // The parts of the key being read, reused from key to key: a fork of 10,000 branches reads 30,000 of them. Objects,
    // not value tuples: a list of value tuples holding a struct of Tasker's is generic code no precompiled image holds,
    // compiled just in time in every process that reads a profile.
    private readonly List<KeyPart> _keyParts = [];

    // Key names seen so far, so that the tables of a large profile share one string per name instead of one per key.
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private int _keyLength;
    private TomlToken _token;
    private int _depth;

    private TomlTreeReader(string text, string path)
    {
        _lexer = TomlLexer.Create(text, new TomlLexerOptions { DecodeScalars = true }, path);
        _path = path;
    }

    /// <summary>Reads the document; throws <see cref="TomlReadFailure"/> at the first place that is not valid TOML.</summary>
    public static ProfileTable Read(string text, string path) => new TomlTreeReader(text, path).ReadDocument();

    private ProfileTable ReadDocument()
    {
        var root = new ProfileTable(new SourceLocation(_path, 1, 1));
        var section = root;
        Advance(TomlLexerMode.Key);
        while (true)
        {
            switch (_token.Kind)
            {
                case TokenKind.Eof:
                    return root;
                case TokenKind.NewLine:
                    Advance(TomlLexerMode.Key);
                    continue;
                case TokenKind.OpenBracket or TokenKind.OpenBracketDouble:
                    section = ReadHeader(root);
                    break;
                default:
                    ReadKeyValue(section, TomlLexerMode.Key);
                    break;
            }

            if (_token.Kind is not (TokenKind.NewLine or TokenKind.Eof))
            {
                throw Unexpected("the end of the line");
            }
        }
    }

    private ProfileTable ReadHeader(ProfileTable root)
    {
        var open = _token;
        var isArrayOfTables = open.Kind == TokenKind.OpenBracketDouble;
        Advance(TomlLexerMode.Key);
        ReadKey();
        var close = _token;
        if (close.Kind != (isArrayOfTables ? TokenKind.CloseBracketDouble : TokenKind.CloseBracket))
        {
            throw Unexpected(isArrayOfTables ? "']]' to close the header" : "']' to close the header");
        }

        // The header line alone ("[[__meta__]]"), not the whole table, is where a table's diagnostics point.
        var headerLocation = Locate(open.Start, close.End);
        Advance(TomlLexerMode.Key);

        var parent = root;
        for (var i = 0; i < _keyLength - 1; i++)
        {
            parent = EnterForHeader(parent, _keyParts[i].Name, _keyParts[i].Location);
        }

        var name = _keyParts[_keyLength - 1].Name;
        var keyLocation = _keyParts[_keyLength - 1].Location;
        return isArrayOfTables
            ? AppendTableArrayElement(parent, name, keyLocation, headerLocation)
            : DefineHeaderTable(parent, name, keyLocation, headerLocation);
    }

    private ProfileTable EnterForHeader(ProfileTable parent, string name, SourceLocation location)
    {
        if (!parent.TryGetField(name, out var field))
        {
            return AddTable(parent, name, location, TableOrigin.Implicit);
        }

        return field.Value.Raw switch
        {
            ProfileTable table when OriginOf(table) != TableOrigin.Inline => table,
            ProfileArray { IsArrayOfTables: true } array => (ProfileTable)array.Items[^1].Raw,
            _ => throw new TomlReadFailure(location, $"'{name}' is already defined as {Describe(field.Value.Raw)}, so a header cannot add a table inside it"),
        };
    }

    private ProfileTable DefineHeaderTable(ProfileTable parent, string name, SourceLocation keyLocation, SourceLocation headerLocation)
    {
        if (!parent.TryGetField(name, out var field))
        {
            var table = AddTable(parent, name, keyLocation, TableOrigin.Header);
            table.Location = headerLocation;
            return table;
        }

        if (field.Value.Raw is ProfileTable existing && OriginOf(existing) == TableOrigin.Implicit)
        {
            _implicit.Remove(existing);
            existing.Location = headerLocation;
            return existing;
        }

        throw new TomlReadFailure(keyLocation, $"'{name}' is already defined as {Describe(field.Value.Raw)}, so it cannot be defined again by a header");
    }

    private static ProfileTable AppendTableArrayElement(ProfileTable parent, string name, SourceLocation keyLocation, SourceLocation headerLocation)
    {
        ProfileArray array;
        if (!parent.TryGetField(name, out var field))
        {
            array = new ProfileArray(isArrayOfTables: true);
            parent.Set(new ProfileField(name, keyLocation, new ProfileValue(array, headerLocation)));
        }
        else if (field.Value.Raw is ProfileArray { IsArrayOfTables: true } existing)
        {
            array = existing;
        }
        else
        {
            throw new TomlReadFailure(keyLocation, $"'{name}' is already defined as {Describe(field.Value.Raw)}, so [[{name}]] cannot add a table to it");
        }

        var element = new ProfileTable(headerLocation);
        array.Add(new ProfileValue(element, headerLocation));
        return element;
    }

    // Reads "key = value" into the table; the token after the value is read in the given mode.
    private void ReadKeyValue(ProfileTable table, TomlLexerMode modeAfter)
    {
        ReadKey();
        if (_token.Kind != TokenKind.Equal)
        {
            throw Unexpected("'=' after the key");
        }

        var target = table;
        for (var i = 0; i < _keyLength - 1; i++)
        {
            target = EnterForDottedKey(target, _keyParts[i].Name, _keyParts[i].Location);
        }

        var name = _keyParts[_keyLength - 1].Name;
        var keyLocation = _keyParts[_keyLength - 1].Location;
        if (target.TryGetField(name, out var existing))
        {
            throw new TomlReadFailure(keyLocation, $"the key '{name}' is already defined as {Describe(existing.Value.Raw)}");
        }

        Advance(TomlLexerMode.Value);
        target.Set(new ProfileField(name, keyLocation, ReadValue(modeAfter)));
    }

    private ProfileTable EnterForDottedKey(ProfileTable parent, string name, SourceLocation location)
    {
        if (!parent.TryGetField(name, out var field))
        {
            return AddTable(parent, name, location, TableOrigin.Dotted);
        }

        return field.Value.Raw is ProfileTable table && OriginOf(table) == TableOrigin.Dotted
            ? table
            : throw new TomlReadFailure(location, $"'{name}' is already defined as {Describe(field.Value.Raw)}, so a dotted key cannot add to it");
    }

    // Reads one key ("a", "a.b", "'quoted'.c") into the key parts; leaves the token after it current.
    private void ReadKey()
    {
        _keyLength = 0;
        while (true)
        {
            var name = _token.Kind switch
            {
                TokenKind.BasicKey => _lexer.GetText(in _token) ?? string.Empty,
                TokenKind.String or TokenKind.StringLiteral => _token.StringValue ?? string.Empty,
                _ => throw Unexpected("a key"),
            };
            AddKeyPart(name, Locate(_token.Start, _token.End));
            Advance(TomlLexerMode.Key);
            if (_token.Kind != TokenKind.Dot)
            {
                return;
            }

            Advance(TomlLexerMode.Key);
        }
    }

    // The current token starts a value; reads it and leaves the token after it current, read in modeAfter.
    private ProfileValue ReadValue(TomlLexerMode modeAfter)
    {
        var token = _token;
        var location = Locate(token.Start, token.End);
        object raw;
        switch (token.Kind)
        {
            case TokenKind.String or TokenKind.StringMulti or TokenKind.StringLiteral or TokenKind.StringLiteralMulti:
                raw = token.StringValue ?? string.Empty;
                break;
            case TokenKind.Integer or TokenKind.IntegerHexa or TokenKind.IntegerOctal or TokenKind.IntegerBinary:
                raw = unchecked((long)token.Data);
                break;
            case TokenKind.Float or TokenKind.Infinite or TokenKind.PositiveInfinite or TokenKind.NegativeInfinite
                or TokenKind.Nan or TokenKind.PositiveNan or TokenKind.NegativeNan:
                raw = BitConverter.Int64BitsToDouble(unchecked((long)token.Data));
                break;
            case TokenKind.True or TokenKind.False:
                raw = token.Kind == TokenKind.True ? BoxedTrue : BoxedFalse;
                break;
            case TokenKind.OffsetDateTimeByZ or TokenKind.OffsetDateTimeByNumber or TokenKind.LocalDateTime
                or TokenKind.LocalDate or TokenKind.LocalTime:
                raw = TomlDateValue.Read(_lexer.GetText(in token) ?? string.Empty, location);
                break;
            case TokenKind.OpenBracket or TokenKind.OpenBrace:
                EnterNesting();
                var nested = token.Kind == TokenKind.OpenBracket ? ReadArray(modeAfter) : ReadInlineTable(modeAfter);
                _depth--;
                return nested;
            default:
                throw Unexpected("a value");
        }

        Advance(modeAfter);
        return new ProfileValue(raw, location);
    }

    private void EnterNesting()
    {
        if (++_depth > MaxDepth)
        {
            throw new TomlReadFailure(Locate(_token.Start, _token.End), $"values are nested more than {MaxDepth} levels deep");
        }
    }

    private ProfileValue ReadArray(TomlLexerMode modeAfter)
    {
        var start = _token.Start;
        var array = new ProfileArray(isArrayOfTables: false);
        Advance(TomlLexerMode.Value);
        while (true)
        {
            SkipNewLines(TomlLexerMode.Value);
            if (_token.Kind == TokenKind.CloseBracket)
            {
                break;
            }

            array.Add(ReadValue(TomlLexerMode.Value));
            SkipNewLines(TomlLexerMode.Value);
            if (_token.Kind == TokenKind.Comma)
            {
                Advance(TomlLexerMode.Value);
                continue;
            }

            if (_token.Kind != TokenKind.CloseBracket)
            {
                throw Unexpected("',' or ']' in the array");
            }

            break;
        }

        var location = Locate(start, _token.End);
        Advance(modeAfter);
        return new ProfileValue(array, location);
    }

    private ProfileValue ReadInlineTable(TomlLexerMode modeAfter)
    {
        var start = _token.Start;
        var table = new ProfileTable(default);
        _inline.Add(table);
        Advance(TomlLexerMode.Key);
        while (true)
        {
            SkipNewLines(TomlLexerMode.Key);
            if (_token.Kind == TokenKind.CloseBrace)
            {
                break;
            }

            ReadKeyValue(table, TomlLexerMode.Key);
            SkipNewLines(TomlLexerMode.Key);
            if (_token.Kind == TokenKind.Comma)
            {
                Advance(TomlLexerMode.Key);
                continue;
            }

            if (_token.Kind != TokenKind.CloseBrace)
            {
                throw Unexpected("',' or '}' in the inline table");
            }

            break;
        }

        var location = Locate(start, _token.End);
        table.Location = location;
        Advance(modeAfter);
        return new ProfileValue(table, location);
    }

    private ProfileTable AddTable(ProfileTable parent, string name, SourceLocation location, TableOrigin origin)
    {
        var table = new ProfileTable(location);
        var recorded = origin switch
        {
            TableOrigin.Implicit => _implicit,
            TableOrigin.Dotted => _dotted,
            TableOrigin.Inline => _inline,
            _ => null,
        };
        recorded?.Add(table);

        parent.Set(new ProfileField(name, location, new ProfileValue(table, location)));
        return table;
    }

    private TableOrigin OriginOf(ProfileTable table) =>
        _implicit.Contains(table) ? TableOrigin.Implicit
        : _dotted.Contains(table) ? TableOrigin.Dotted
        : _inline.Contains(table) ? TableOrigin.Inline
        : TableOrigin.Header;

    private void SkipNewLines(TomlLexerMode mode)
    {
        while (_token.Kind == TokenKind.NewLine)
        {
            Advance(mode);
        }
    }

    // Moves to the next token that matters (spaces and comments are skipped), read in the given mode.
    private void Advance(TomlLexerMode mode)
    {
        _lexer.Mode = mode;
        do
        {
            if (!MoveNext())
            {
                _token = new TomlToken(TokenKind.Eof, _token.End, _token.End, null, 0);
                break;
            }

            _token = _lexer.Current;
        }
        while (_token.Kind is TokenKind.Whitespaces or TokenKind.Comment);

        if (_lexer.HasErrors)
        {
            // The lexer's own place and words: for a string that never ends, the end of the file, not the token's start.
            var error = _lexer.Errors.First();
            var (start, end) = (error.Span.Start, error.Span.End);
            throw new TomlReadFailure(new SourceLocation(_path, start.Line + 1, start.Column + 1, end.Line + 1, end.Column + 1), error.Message.TrimEnd('.'));
        }
    }

    // Tomlyn's lexer throws instead of reporting when it words an escape sequence outside Unicode ("\u0" at the end of
    // the text, a surrogate); the token being read starts after the last one read.
    private bool MoveNext()
    {
        try
        {
            return _lexer.MoveNext();
        }
        catch (ArgumentOutOfRangeException)
        {
            var start = _token.End;
            throw new TomlReadFailure(
                new SourceLocation(_path, start.Line + 1, start.Column + 1),
                "a string here has an invalid escape sequence (\\u takes 4 hexadecimal digits and \\U 8, naming a Unicode scalar value, not a surrogate)");
        }
    }

    private TomlReadFailure Unexpected(string expected)
    {
        var found = _token.Kind == TokenKind.Eof ? "the end of the file" : $"'{_lexer.GetText(in _token)}'";
        return new TomlReadFailure(Locate(_token.Start, _token.End), $"expected {expected}, found {found}");
    }

    private SourceLocation Locate(TomlTextPosition start, TomlTextPosition end) =>
        new(_path, start.Line + 1, start.Column + 1, end.Line + 1, end.Column + 1);

    private static string Describe(object raw) => raw switch
    {
        ProfileTable => "a table",
        ProfileArray { IsArrayOfTables: true } => "an array of tables",
        long => "an integer value",
        ProfileArray => "an array value",
        _ => $"a {ProfileValue.DescribeType(raw)} value",
    };

    private void AddKeyPart(string name, SourceLocation location)
    {
        if (_keyLength == _keyParts.Count)
        {
            _keyParts.Add(new KeyPart());
        }

        var part = _keyParts[_keyLength++];
        part.Name = SharedName(name);
        part.Location = location;
    }

    private string SharedName(string name)
    {
        if (_names.TryGetValue(name, out var shared))
        {
            return shared;
        }

        _names.Add(name, name);
        return name;
    }

    private sealed class KeyPart
    {
        public string Name { get; set; } = string.Empty;

        public SourceLocation Location { get; set; }
    }
}
