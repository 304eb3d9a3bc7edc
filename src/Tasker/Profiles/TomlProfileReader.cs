using Tasker.Diagnostics;
using Tasker.Files;
using Tasker.Profiles.Reading;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Tasker.Profiles;

/// <summary>
/// Reads a TOML file into a <see cref="ProfileTable"/> that keeps the place of every key and value
/// (<see cref="TomlTreeReader"/>), and turns text that is not valid TOML into a TSK diagnostic at its place.
/// </summary>
internal static class TomlProfileReader
{
    /// <summary>
    /// Reads a profile file; <paramref name="namedAt"/> is the place that names it (an entry's path key, a $P value),
    /// where a file that must not be read is reported.
    /// </summary>
    public static ProfileTable ReadFile(string path, SourceLocation? namedAt = null)
    {
        // Recorded before reading: a file that is missing now must still trigger a rerun once it appears.
        ProfileDependencyTracker.RecordFile(path);
        if (RegularFile.Refusal(path, RegularFile.TomlLimit) is { } refusal)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ProfileFileRefused,
                namedAt ?? SourceLocation.OfFile(path),
                $"The profile file '{path}' is not read: {refusal}. Name a regular TOML file of at most {RegularFile.TomlLimit / (1024 * 1024)} MiB."));
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = exception switch
            {
                FileNotFoundException or DirectoryNotFoundException => "it does not exist",
                _ when Directory.Exists(path) => "it is a folder, not a file",
                _ => exception.Message.TrimEnd('.'),
            };
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ProfileNotFound,
                SourceLocation.OfFile(path),
                $"Cannot read the profile file '{path}': {reason}. Check the profile path given to the host, or the entry's 'path' key."));
        }

        return ReadText(text, path);
    }

    public static ProfileTable ReadText(string text, string path)
    {
        try
        {
            return TomlTreeReader.Read(text, path);
        }
        catch (TomlReadFailure failure)
        {
            var (location, reason) = Explain(text, path, failure);
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.TomlSyntax,
                location,
                $"Invalid TOML: {reason}. Fix the TOML syntax at this place."));
        }
    }

    // Only on the failure path: Tomlyn's validating parser words the problem as TOML users know it. Where it reports
    // nothing on that line (a rule it does not check), the reader's own place and reason stand.
    private static (SourceLocation Location, string Reason) Explain(string text, string path, TomlReadFailure failure)
    {
        DiagnosticMessage? sameLine;
        try
        {
            sameLine = SyntaxParser.Parse(text, path, validate: true).Diagnostics
                .FirstOrDefault(message => message.Kind == DiagnosticMessageKind.Error && message.Span.Start.Line + 1 == failure.Location.Line);
        }
        catch (Exception exception) when (exception is TomlException or ArgumentOutOfRangeException)
        {
            // Tomlyn throws instead of reporting for some input (values nested past its depth limit, escapes outside Unicode).
            sameLine = null;
        }

        // Only an error on the same line is this problem: Tomlyn's validator also refuses a few valid documents.
        if (sameLine is null)
        {
            return (failure.Location, failure.Message);
        }

        var span = sameLine.Span;
        return (new SourceLocation(path, span.Start.Line + 1, span.Start.Column + 1, span.End.Line + 1, span.End.Column + 1), sameLine.Message.TrimEnd('.'));
    }
}
