using Tasker.Events;
using Tasker.Planning;

namespace Tasker.Execution;

/// <summary>
/// The one place a run handles an entry its selection left out (<c>--only</c>, <c>--from</c>, <c>--skip</c>,
/// <c>TaskerOnly</c>): the entry does not run. A cacheable entry gives its stored result instead, when the cache has
/// one for exactly what it would read now, so the selected entries after it find what it provides; the detailed log
/// says which happened.
/// </summary>
internal static class NotSelectedEntry
{
    // restore puts the entry's stored result into the storage; false when the cache has none for it.
    public static void Pass(ValidatedStep step, IPipelineEvents events, RunState run, Func<bool> restore)
    {
        run.NotSelected++;
        if (!step.IsContainer && step.IsCacheable && restore())
        {
            run.CountRestored();
            events.Message(MessageLevel.Detail, $"Restored {step.Entry.DisplayName} from the result cache: not selected.");
            return;
        }

        events.Message(MessageLevel.Detail, $"Skipped {step.Entry.DisplayName}: not selected.");
    }
}
