namespace Tasker.Cli.Output;

/// <summary>
/// The styles of everything the tool prints, by role. On a terminal they are ANSI colours; redirected output
/// gets <see cref="Plain"/>, whose styles are empty, so files and CI logs never hold escape sequences.
/// </summary>
internal sealed record Palette(string Heading, string Task, string Detail, string Success, string Failure, string Warning, string Error, string Location)
{
    private const string Reset = "\u001b[0m";

    public static Palette Plain { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);

    public static Palette Colored { get; } = new(
        Heading: "\u001b[1m",
        Task: "\u001b[1;36m",
        Detail: "\u001b[2m",
        Success: "\u001b[32m",
        Failure: "\u001b[1;31m",
        Warning: "\u001b[33m",
        Error: "\u001b[31m",
        Location: "\u001b[1m");

    public bool IsPlain => ReferenceEquals(this, Plain);

    /// <summary><paramref name="text"/> in <paramref name="style"/>, reset after it.</summary>
    public string Paint(string style, string text) => style.Length == 0 || text.Length == 0 ? text : style + text + Reset;
}
