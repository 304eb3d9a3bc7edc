using System.Globalization;
using System.Text;

namespace Tasker.Profiles.Values;

/// <summary>
/// The small text rules of typed values: splitting at unescaped separators, removing the <c>\$</c> and <c>\,</c>
/// escapes, and reading numbers and booleans strictly.
/// </summary>
internal static class ValueText
{
    public const char Escape = '\\';

    /// <summary>Splits <paramref name="text"/> at every <paramref name="separator"/> not preceded by a backslash; escapes stay in the parts.</summary>
    public static List<string> SplitUnescaped(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Escape && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                i++;
            }
            else if (text[i] == separator)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>Removes the backslash of every <c>\$</c> and <c>\,</c>; every other backslash stays (Windows paths keep working).</summary>
    public static string Unescape(string text)
    {
        if (text.IndexOf(Escape) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Escape && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    /// <summary>The arguments of a <c>$T</c> or <c>$M</c> value: comma-separated, <c>\,</c> keeps a comma; empty text means none.</summary>
    public static IReadOnlyList<string> SplitArguments(string raw) =>
        raw.Length == 0 ? [] : SplitUnescaped(raw, ',').Select(Unescape).ToList();

    public static bool TryParseInteger(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParseFloat(string text, out double value)
    {
        // TOML's spellings of the special values; .NET's own ("Infinity", "NaN", "∞") are not profile syntax.
        switch (text)
        {
            case "inf" or "+inf":
                value = double.PositiveInfinity;
                return true;
            case "-inf":
                value = double.NegativeInfinity;
                return true;
            case "nan" or "+nan" or "-nan":
                value = double.NaN;
                return true;
        }

        value = 0;
        return text.Length > 0
            && (char.IsAsciiDigit(text[^1]) || text[^1] == '.')
            && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseBoolean(string text, out bool value)
    {
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || text.Equals("on", StringComparison.OrdinalIgnoreCase) || text == "1")
        {
            value = true;
            return true;
        }

        value = false;
        return text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase)
            || text.Equals("off", StringComparison.OrdinalIgnoreCase) || text == "0";
    }

    /// <summary>Converts argument text to a parameter type: numbers, booleans and enums by the profile's rules, other types not at all.</summary>
    public static bool TryConvertArgument(string text, Type target, out object? value)
    {
        value = null;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying == typeof(string) || underlying == typeof(object))
        {
            value = text;
            return true;
        }

        if (underlying.IsEnum)
        {
            return Enum.TryParse(underlying, text, ignoreCase: true, out value) && Enum.IsDefined(underlying, value!);
        }

        if (underlying == typeof(bool))
        {
            var parsed = TryParseBoolean(text, out var flag);
            value = flag;
            return parsed;
        }

        if (TryParseInteger(text, out var integer) && ProfileValueConverter.TryConvert(integer, underlying, out value))
        {
            return true;
        }

        return (underlying == typeof(double) || underlying == typeof(float) || underlying == typeof(decimal))
            && TryParseFloat(text, out var number)
            && ProfileValueConverter.TryConvert(number, underlying, out value);
    }

    private static bool IsEscapable(char character) => character is '$' or ',';
}
