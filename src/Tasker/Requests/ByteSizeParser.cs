using System.Globalization;

namespace Tasker.Requests;

/// <summary>Reads sizes written as bytes (<c>1048576</c>) or with a unit (<c>500MB</c>, <c>2GB</c>, <c>1.5GiB</c>; units count in 1,024s).</summary>
internal static class ByteSizeParser
{
    public const string Syntax = "a number of bytes or a number with a unit: 500KB, 200MB, 2GB (KiB, MiB, GiB also; units count in 1,024s)";

    private static readonly string[] Units = ["B", "KB", "MB", "GB", "TB"];

    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        var trimmed = (text ?? string.Empty).Trim();
        var numberLength = 0;
        while (numberLength < trimmed.Length && (char.IsDigit(trimmed[numberLength]) || trimmed[numberLength] == '.'))
        {
            numberLength++;
        }

        var unit = trimmed[numberLength..].Trim().ToUpperInvariant().Replace("IB", "B");
        var power = unit.Length == 0 ? 0 : Array.IndexOf(Units, unit);
        if (numberLength == 0 || power < 0
            || !double.TryParse(trimmed[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var value = number * Math.Pow(1024, power);

        // At least one byte, and far below long.MaxValue so no conversion can overflow.
        if (value < 1 || value > long.MaxValue / 2)
        {
            return false;
        }

        bytes = (long)value;
        return true;
    }
}
