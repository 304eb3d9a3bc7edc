using System.Globalization;
using Tasker.Profiles;
using Tasker.Profiles.Values;

namespace Tasker.Hosting;

/// <summary>
/// Profile values written back as TOML, one line each, for <c>tasker plan</c>. A value known only when its task
/// runs (<c>$E</c>, <c>$T</c>, <c>$M</c>) is shown by what it is, never evaluated.
/// </summary>
internal static class ProfileValueFormat
{
    public static string Inline(object raw) => raw switch
    {
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.ToString("O", CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString("O", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        ProfileArray array => $"[{string.Join(", ", array.Items.Select(item => Inline(item.Raw)))}]",
        ProfileTable { Count: 0 } => "{}",
        ProfileTable table => $"{{ {string.Join(", ", table.Fields.Select(field => $"{Key(field.Key)} = {Inline(field.Value.Raw)}"))} }}",
        DeferredValue deferred => $"<{Deferred(deferred)}>",
        _ => Convert.ToString(raw, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    public static string Deferred(DeferredValue deferred) => $"{deferred.Origin}, {deferred.Type.Name}, read when the task runs";

    public static string Key(string key) =>
        key.Length > 0 && key.All(character => char.IsAsciiLetterOrDigit(character) || character is '_' or '-') ? key : Quote(key);

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
}
