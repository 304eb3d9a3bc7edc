using System.Globalization;
using System.Text.RegularExpressions;

namespace Tasker.Requests;

/// <summary>Reads time limits written as seconds (<c>90</c>, <c>1.5</c>) or with a unit (<c>250ms</c>, <c>90s</c>, <c>5m</c>, <c>1h</c>).</summary>
internal static partial class DurationParser
{
    public const string Syntax = "a number of seconds (90, 1.5) or a number with a unit: 250ms, 90s, 5m, 1h";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success || !double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var seconds = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "ms" => number / 1000,
            "m" or "min" => number * 60,
            "h" => number * 3600,
            _ => number,
        };
        // Not double.IsFinite: the .NET Framework build of the task compiles this file too.
        if (double.IsNaN(seconds) || double.IsInfinity(seconds) || seconds <= 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    private const string Expression = @"^(?<number>\d+(\.\d+)?)\s*(?<unit>ms|s|m|min|h)?$";

#if NETFRAMEWORK
    private static readonly Regex CompiledPattern = new(Expression, RegexOptions.IgnoreCase);

    private static Regex Pattern() => CompiledPattern;
#else
    [GeneratedRegex(Expression, RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
#endif
}
