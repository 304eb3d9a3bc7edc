using System.Text;

namespace Tasker.Cli.Output;

/// <summary>
/// The writers the tool puts in place of the console's before anything is written. On Unix the console's own set up
/// the terminal on first use (its settings, a signal thread, the terminfo database), about 9 ms of a 75 ms launch
/// that prints a line or two; these write straight to file descriptors 1 and 2 in UTF-8. Standard input becomes
/// empty: the tool never reads it, and tasks never could (a running pipeline gives them an empty one). The console's
/// writers stay where they must: on Windows (its console takes UTF-16 through its own API), and under a locale whose
/// character set is not UTF-8, where the console's writers encode in that character set.
/// </summary>
internal static class StandardStreams
{
    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    public static void Install(Func<string, string?> environment)
    {
        if (OperatingSystem.IsWindows() || !LocaleIsUtf8(environment))
        {
            return;
        }

        Console.SetOut(Writer(1));
        Console.SetError(Writer(2));
        Console.SetIn(TextReader.Null);
    }

    /// <summary>
    /// Whether the locale's character set, as the console reads it (the first of LC_ALL, LC_MESSAGES and LANG that is
    /// set; the part after the dot), is UTF-8. No character set at all is UTF-8 too: the console's default.
    /// </summary>
    internal static bool LocaleIsUtf8(Func<string, string?> environment)
    {
        string? locale = null;
        foreach (var name in LocaleVariables)
        {
            locale = environment(name);
            if (!string.IsNullOrWhiteSpace(locale))
            {
                break;
            }
        }

        var dot = locale?.IndexOf('.') ?? -1;
        if (locale is null || dot < 0)
        {
            return true;
        }

        var charset = locale[(dot + 1)..];
        var modifier = charset.IndexOf('@');
        if (modifier >= 0)
        {
            charset = charset[..modifier];
        }

        return charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    private static StreamWriter Writer(int descriptor) => new(new DescriptorStream(descriptor), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
}
