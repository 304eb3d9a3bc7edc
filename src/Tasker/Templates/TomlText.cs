using System.Collections;
using System.Globalization;
using System.Text;

namespace Tasker.Templates;

/// <summary>Writes keys and values as TOML text, for templates.</summary>
internal static class TomlText
{
    public static string Key(string key) =>
        key.Length > 0 && key.All(character => char.IsAsciiLetterOrDigit(character) || character is '_' or '-') ? key : String(key);

    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var character in text)
        {
            _ = character switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(character) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}"),
                _ => builder.Append(character),
            };
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A CLR default value as TOML, or <see langword="null"/> when TOML cannot say it.</summary>
    public static string? Value(object? value) => value switch
    {
        null => null,
        string text => String(text),
        bool flag => flag ? "true" : "false",
        Enum member => String(member.ToString()),
        double number => Float(number),
        float number => Float(number),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToString(value, CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        Type type => String($"{type.FullName}$R"),
        IEnumerable items => Array(items),
        _ => null,
    };

    private static string? Array(IEnumerable items)
    {
        var rendered = new List<string>();
        foreach (var item in items)
        {
            if (Value(item) is not { } text)
            {
                return null;
            }

            rendered.Add(text);
        }

        return $"[{string.Join(", ", rendered)}]";
    }

    private static string Float(double number)
    {
        if (double.IsNaN(number)) return "nan";
        if (double.IsPositiveInfinity(number)) return "inf";
        if (double.IsNegativeInfinity(number)) return "-inf";
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text.Replace("E", "e", StringComparison.Ordinal) : text + ".0";
    }
}
