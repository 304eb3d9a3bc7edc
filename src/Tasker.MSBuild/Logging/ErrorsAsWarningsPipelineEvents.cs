using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.MSBuild.Logging;

/// <summary>
/// Reports errors as warnings, for pipelines whose failure must not fail the build (ContinueOnError); the
/// codes stay the same so NoWarn still applies.
/// </summary>
internal sealed class ErrorsAsWarningsPipelineEvents(IPipelineEvents inner) : IPipelineEvents
{
    public void Report(Diagnostic diagnostic) =>
        inner.Report(diagnostic.IsError ? diagnostic with { Severity = DiagnosticSeverity.Warning } : diagnostic);

    public void Message(MessageLevel level, string text) => inner.Message(level, text);
}
