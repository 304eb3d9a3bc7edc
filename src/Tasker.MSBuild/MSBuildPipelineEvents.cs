using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.MSBuild;

/// <summary>
/// Renders engine events as MSBuild errors, warnings and messages. A warning the build treats as an error
/// (TreatWarningsAsErrors, WarningsAsErrors) fails the build, so the pipeline's summary then says so instead of
/// "succeeded".
/// </summary>
internal sealed class MSBuildPipelineEvents(TaskLoggingHelper log, WarningPromotion warningPromotion, IBuildEngine? buildEngine = null) : IPipelineEvents
{
    private const string Succeeded = ", succeeded in ";

    private readonly object _gate = new();
    private int _warningsAsErrors;

    public void Report(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        lock (_gate)
        {
            if (!diagnostic.IsError && (warningPromotion.Promotes(diagnostic.Code) || (buildEngine as IBuildEngine8)?.ShouldTreatWarningAsError(diagnostic.Code) == true))
            {
                _warningsAsErrors++;
            }

            if (diagnostic.IsError || warningPromotion.Promotes(diagnostic.Code))
            {
                log.LogError(null, diagnostic.Code, null, location.File, location.Line, location.Column, location.EndLine, location.EndColumn, diagnostic.Message);
            }
            else
            {
                log.LogWarning(null, diagnostic.Code, null, location.File, location.Line, location.Column, location.EndLine, location.EndColumn, diagnostic.Message);
            }
        }
    }

    public void Message(MessageLevel level, string text)
    {
        var importance = level switch
        {
            MessageLevel.Summary => MessageImportance.High,
            MessageLevel.Normal => MessageImportance.Normal,
            _ => MessageImportance.Low,
        };
        lock (_gate)
        {
            // The summary closes a pipeline: it tells the build's outcome, and the count starts again for the next one.
            if (level == MessageLevel.Summary && _warningsAsErrors > 0 && text.Contains(Succeeded, StringComparison.Ordinal))
            {
                text = text.Replace(Succeeded, ", failed (a warning was treated as an error) in ");
            }

            if (level == MessageLevel.Summary)
            {
                _warningsAsErrors = 0;
            }

            log.LogMessage(importance, text);
        }
    }
}
