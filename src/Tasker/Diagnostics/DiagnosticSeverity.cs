namespace Tasker.Diagnostics;

internal enum DiagnosticSeverity
{
    Warning,
    Error,
}
