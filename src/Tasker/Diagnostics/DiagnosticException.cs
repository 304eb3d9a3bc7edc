namespace Tasker.Diagnostics;

/// <summary>Carries a diagnostic out of deep engine code to the place that reports it.</summary>
internal sealed class DiagnosticException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
