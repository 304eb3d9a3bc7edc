using Tasker.Diagnostics;
using Tomlyn;
using Tomlyn.Parsing;

namespace Tasker.Profiles.Reading;

/// <summary>
/// Turns a date or time token into the CLR value a profile exposes. The lexer has already checked the token; Tomlyn's
/// event parser turns its text into a <see cref="TomlDateTime"/>, so the date rules stay Tomlyn's. Dates are rare in
/// profiles, so parsing one small document per date costs nothing that matters.
/// </summary>
internal static class TomlDateValue
{
    public static object Read(string text, SourceLocation location)
    {
        var parser = TomlParser.Create($"v = {text}\n", new TomlParserOptions { Mode = TomlParserMode.Tolerant });
        while (parser.MoveNext())
        {
            if (parser.Current.Kind == TomlParseEventKind.DateTime)
            {
                return Convert(parser.Current.GetTomlDateTime());
            }
        }

        throw new TomlReadFailure(location, $"'{text}' is not a valid date or time");
    }

    private static object Convert(TomlDateTime value) => value.Kind switch
    {
        TomlDateTimeKind.LocalDate => DateOnly.FromDateTime(value.DateTime.DateTime),
        TomlDateTimeKind.LocalTime => TimeOnly.FromDateTime(value.DateTime.DateTime),
        TomlDateTimeKind.LocalDateTime => value.DateTime.DateTime,
        _ => value.DateTime,
    };
}
