using System.Globalization;
using System.Text.RegularExpressions;

namespace Tasker.Launcher;

/// <summary>Reads sizes written as bytes (<c>1048576</c>) or with a unit (<c>500MB</c>, <c>2GB</c>, <c>1.5GiB</c>; units count in 1,024s).</summary>
internal static partial class ByteSizeParser
{
    public const string Syntax = "a number of bytes or a number with a unit: 500KB, 200MB, 2GB (KiB, MiB, GiB also; units count in 1,024s)";

    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success || !double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var factor = char.ToUpperInvariant(match.Groups["unit"].Value.FirstOrDefault()) switch
        {
            'K' => 1024d,
            'M' => 1024d * 1024,
            'G' => 1024d * 1024 * 1024,
            'T' => 1024d * 1024 * 1024 * 1024,
            _ => 1d,
        };
        var value = number * factor;

        // At least one byte, and far below long.MaxValue so no conversion can overflow.
        if (value < 1 || value > long.MaxValue / 2)
        {
            return false;
        }

        bytes = (long)value;
        return true;
    }

    private const string Expression = @"^(?<number>\d+(\.\d+)?)\s*(?<unit>[kmgt]i?b|b)?$";

#if NETFRAMEWORK
    private static readonly Regex CompiledPattern = new(Expression, RegexOptions.IgnoreCase);

    private static Regex Pattern() => CompiledPattern;
#else
    [GeneratedRegex(Expression, RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
#endif
}
