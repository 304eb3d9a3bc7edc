using Tasker.Diagnostics;

namespace Tasker.Events;

/// <summary>
/// What a running pipeline tells its host. Implementations must be thread-safe: container branches report
/// from several threads at once.
/// </summary>
internal interface IPipelineEvents
{
    void Report(Diagnostic diagnostic);

    void Message(MessageLevel level, string text);
}
