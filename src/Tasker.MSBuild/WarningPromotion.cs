namespace Tasker.MSBuild;

/// <summary>
/// Applies the project's <c>TreatWarningsAsErrors</c> to Tasker's warnings, as the compiler does for its own:
/// the SDK hands that property only to the compiler, while NoWarn, WarningsAsErrors and WarningsNotAsErrors
/// already reach every MSBuild warning. Codes in NoWarn or WarningsNotAsErrors stay warnings.
/// </summary>
internal sealed class WarningPromotion(bool treatWarningsAsErrors, string? noWarn, string? warningsNotAsErrors)
{
    private static readonly char[] Separators = [';', ',', ' ', '\t', '\r', '\n'];

    private readonly HashSet<string> _exempt = new(
        (noWarn ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Concat((warningsNotAsErrors ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries)),
        StringComparer.OrdinalIgnoreCase);

    public static WarningPromotion None { get; } = new(false, null, null);

    public bool Promotes(string code) => treatWarningsAsErrors && !_exempt.Contains(code);
}
