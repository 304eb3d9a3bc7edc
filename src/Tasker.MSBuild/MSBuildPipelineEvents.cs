using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.MSBuild;

/// <summary>Renders engine events as MSBuild errors, warnings and messages.</summary>
internal sealed class MSBuildPipelineEvents(TaskLoggingHelper log, WarningPromotion warningPromotion) : IPipelineEvents
{
    private readonly object _gate = new();

    public void Report(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        lock (_gate)
        {
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
}
