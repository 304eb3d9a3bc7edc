using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.MSBuild;

/// <summary>
/// Renders engine events as MSBuild errors, warnings and messages, and counts the warnings the build treats as
/// errors (TreatWarningsAsErrors, WarningsAsErrors): they fail the build, so the pipeline's summary must not say
/// "succeeded" (see <see cref="Logging.MSBuildPipelineProgress"/>).
/// </summary>
internal sealed class MSBuildPipelineEvents(TaskLoggingHelper log, WarningPromotion warningPromotion, IBuildEngine? buildEngine = null) : IPipelineEvents
{
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
            log.LogMessage(importance, text);
        }
    }

    /// <summary>Whether a warning was treated as an error since the last call: each pipeline's summary asks once, at its end.</summary>
    public bool TakeWarningTreatedAsError()
    {
        lock (_gate)
        {
            var any = _warningsAsErrors > 0;
            _warningsAsErrors = 0;
            return any;
        }
    }
}
