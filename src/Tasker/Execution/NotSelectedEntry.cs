using Tasker.Events;
using Tasker.Planning;

namespace Tasker.Execution;

/// <summary>
/// The one place a run handles an entry its selection left out (<c>--only</c>, <c>--from</c>, <c>--skip</c>,
/// <c>TaskerOnly</c>): the entry does not run, and the detailed log says so. This is where a result restored from a
/// cache would take the entry's place.
/// </summary>
internal static class NotSelectedEntry
{
    public static void Pass(ValidatedStep step, IPipelineEvents events, RunState run)
    {
        run.NotSelected++;
        events.Message(MessageLevel.Detail, $"Skipped {step.Entry.DisplayName}: not selected.");
    }
}
