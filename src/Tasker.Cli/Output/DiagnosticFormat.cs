using Tasker.Diagnostics;

namespace Tasker.Cli.Output;

/// <summary>
/// A diagnostic as one line in the build's form, <c>file(line,col): error TSK0000: message</c>, so editors and CI
/// problem matchers read the tool's output as they read <c>dotnet build</c>'s.
/// </summary>
internal static class DiagnosticFormat
{
    public static string Line(Diagnostic diagnostic, Palette palette)
    {
        var severity = diagnostic.IsError ? "error" : "warning";
        var style = diagnostic.IsError ? palette.Error : palette.Warning;
        return $"{palette.Paint(palette.Location, diagnostic.Location.ToString())}: {palette.Paint(style, $"{severity} {diagnostic.Code}")}: {diagnostic.Message}";
    }

    /// <summary>Writes the diagnostic to standard error (and as a CI annotation) unless the verbosity hides warnings.</summary>
    public static void Write(ConsoleOutput output, Diagnostic diagnostic)
    {
        if (diagnostic.IsError || output.Verbosity.ShowsWarnings)
        {
            output.ErrorLine(Line(diagnostic, output.Palette));
            output.Ci.Annotate(diagnostic);
        }
    }
}
