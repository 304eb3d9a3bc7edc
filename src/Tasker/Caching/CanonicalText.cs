using System.Globalization;
using System.Text;
using System.Text.Json;
using Tasker.Profiles;

namespace Tasker.Caching;

/// <summary>
/// A resolved table or a storage value as text that depends on its content only (keys in ordinal order, numbers and
/// dates in invariant form, no source locations), so equal content gives one cache key on every machine.
/// </summary>
internal static class CanonicalText
{
    public static string Of(ProfileTable table)
    {
        var text = new StringBuilder();
        Append(text, table);
        return text.ToString();
    }

    /// <summary>A storage value as JSON, as a JSON storage would write it; throws what System.Text.Json throws for a value it cannot write.</summary>
    public static string Json(object? value) => value switch
    {
        // The common values without the serializer, whose first use in a process costs more than a thousand cache hits.
        null => "null",
        string text => Quote(text),
        long number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => JsonSerializer.Serialize(value, value.GetType()),
    };

    // A JSON string literal of the text.
    private static string Quote(string text) => string.Concat("\"", JsonEncodedText.Encode(text).Value, "\"");

    private static void Append(StringBuilder text, object? raw)
    {
        switch (raw)
        {
            case ProfileTable table:
                text.Append('{');
                foreach (var field in table.Fields.OrderBy(field => field.Key, StringComparer.Ordinal))
                {
                    AppendString(text, field.Key);
                    text.Append(':');
                    Append(text, field.Value.Raw);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case ProfileArray array:
                text.Append('[');
                foreach (var item in array.Items)
                {
                    Append(text, item.Raw);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case string value:
                AppendString(text, value);
                break;
            case bool flag:
                text.Append(flag ? "true" : "false");
                break;
            case double number:
                text.Append("d:").Append(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case IFormattable formattable:
                text.Append(raw.GetType().Name).Append(':').Append(formattable.ToString(raw is DateTime or DateTimeOffset ? "O" : null, CultureInfo.InvariantCulture));
                break;
            case null:
                text.Append("null");
                break;
            default:
                // A value a $T, $R or $M value made: its type and whatever JSON makes of it.
                text.Append(raw.GetType().FullName).Append(':').Append(TryJson(raw));
                break;
        }
    }

    // Length-prefixed: unambiguous without escaping anything.
    private static void AppendString(StringBuilder text, string value) =>
        text.Append('s').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    private static string TryJson(object value)
    {
        try
        {
            return Json(value);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return value.ToString() ?? string.Empty;
        }
    }
}
