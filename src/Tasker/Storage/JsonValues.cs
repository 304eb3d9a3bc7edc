using System.Text.Json;

namespace Tasker.Storage;

/// <summary>
/// Turns storage values into JSON and back. Values come back in their natural JSON shapes (string, long, double,
/// decimal for integers beyond long, bool, null, <c>List&lt;object?&gt;</c>, <c>Dictionary&lt;string, object?&gt;</c>);
/// <see cref="TryConvert"/> turns such a value into the type a task asks for, so every value System.Text.Json can
/// write round-trips through <c>IStorage.Get&lt;T&gt;</c>.
/// </summary>
internal static class JsonValues
{
    public static object? Natural(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number => Number(element),
        JsonValueKind.Array => element.EnumerateArray().Select(Natural).ToList(),
        _ => element.EnumerateObject().ToDictionary(property => property.Name, property => Natural(property.Value), StringComparer.Ordinal),
    };

    /// <summary>Converts <paramref name="value"/> to <paramref name="target"/> through its JSON form, when that works.</summary>
    public static bool TryConvert(object value, Type target, out object? result)
    {
        try
        {
            result = JsonSerializer.SerializeToElement(value, value.GetType()).Deserialize(target);
            return result is not null && target.IsInstanceOfType(result);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            result = null;
            return false;
        }
    }

    private static object Number(JsonElement element)
    {
        if (element.TryGetInt64(out var integer))
        {
            return integer;
        }

        var text = element.GetRawText();
        var integral = text.IndexOfAny(['.', 'e', 'E']) < 0;
        return integral && element.TryGetDecimal(out var large) ? large : element.GetDouble();
    }
}
