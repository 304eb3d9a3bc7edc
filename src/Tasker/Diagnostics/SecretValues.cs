using System.Collections.Concurrent;

namespace Tasker.Diagnostics;

/// <summary>
/// The values Tasker must never write: the value of an environment variable whose name is secret, read through a
/// <c>$E</c> value or set by <c>SetEnvironmentTask</c>. A name is secret when it ends in <c>_TOKEN</c>, <c>_KEY</c>
/// or <c>_SECRET</c>, contains <c>PASSWORD</c> (in any case), or is listed in <c>TaskerSecrets</c> (the MSBuild
/// property, or the environment variable of that name for the command line and the host). Every message and
/// diagnostic a pipeline reports has these values replaced by <c>***</c> (<see cref="Mask"/>).
/// Process-wide on purpose: a value once known to be secret stays masked for every later pipeline of the process.
/// </summary>
internal static class SecretValues
{
    public const string Placeholder = "***";

    // Shorter values would mask ordinary words and numbers everywhere; CI services draw the same line.
    private const int MinimumLength = 4;

    // Sets as dictionaries of string to string: with a value type (byte) they are generic code no precompiled image holds.
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, string> Values = new(StringComparer.Ordinal);
    private static string[] _ordered = [];

    static SecretValues() => AddNames(Environment.GetEnvironmentVariable("TaskerSecrets"));

    /// <summary>Raised once per new secret value, so a host can register it with its CI service before it is printed.</summary>
    public static event Action<string>? Added;

    /// <summary>Whether anything is masked at all (so the common case costs one read).</summary>
    public static bool Any => Volatile.Read(ref _ordered).Length > 0;

    /// <summary>Adds names separated by ';' or ',' (the form of an MSBuild property).</summary>
    public static void AddNames(string? names)
    {
        // Trimmed by hand: the .NET Framework build of the task compiles this file too.
        foreach (var name in (names ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries).Select(name => name.Trim()).Where(name => name.Length > 0))
        {
            Names.TryAdd(name, name);
        }
    }

    public static bool IsSecretName(string name) =>
        name.EndsWith("_TOKEN", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("_KEY", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("_SECRET", StringComparison.OrdinalIgnoreCase)
        || name.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase)
        || Names.ContainsKey(name);

    /// <summary>Records the value of variable <paramref name="name"/> when the name is secret.</summary>
    public static void Observe(string name, string? value)
    {
        if (value is null || value.Length < MinimumLength || !IsSecretName(name) || !Values.TryAdd(value, value))
        {
            return;
        }

        // Longest first, so a secret that contains another is replaced whole.
        Volatile.Write(ref _ordered, [.. Values.Keys.OrderByDescending(secret => secret.Length)]);
        Added?.Invoke(value);
    }

    /// <summary>Records the values of the process's environment variables whose names are secret.</summary>
    public static void ObserveEnvironment()
    {
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string name && IsSecretName(name))
            {
                Observe(name, variable.Value as string);
            }
        }
    }

    public static string Mask(string text)
    {
        var secrets = Volatile.Read(ref _ordered);
        foreach (var secret in secrets)
        {
            // string.Replace(string, string) compares ordinally, and exists in both builds of the task.
            if (text.IndexOf(secret, StringComparison.Ordinal) >= 0)
            {
                text = text.Replace(secret, Placeholder);
            }
        }

        return text;
    }
}
