namespace Tasker.Diagnostics;

/// <summary>
/// The one way the engine reports a problem: a code, a severity, a place and a single-line message.
/// Hosts (MSBuild, the command line) only render it.
/// </summary>
internal sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    public static Diagnostic Error(DiagnosticDescriptor descriptor, SourceLocation location, string message) =>
        new(descriptor.Code, DiagnosticSeverity.Error, location, Flatten(message));

    public static Diagnostic Warning(DiagnosticDescriptor descriptor, SourceLocation location, string message) =>
        new(descriptor.Code, DiagnosticSeverity.Warning, location, Flatten(message));

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";

    // MSBuild turns every line of a message into a separate error line: keep one line. Written without
    // StringSplitOptions.TrimEntries because the .NET Framework build of the task compiles this file too.
    internal static string Flatten(string message) =>
        string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()).Where(line => line.Length > 0));
}
