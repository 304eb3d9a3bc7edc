using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Logs "ran &lt;name&gt;", then returns Error when the profile says 'fail = true'.</summary>
public sealed class NamedStepTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("ran {Name}", profile.Get<string>("name"));
        if (profile.TryGet<string>("gate", out var gate))
        {
            // Used with a failing sibling: opens the gate when failing, waits for it otherwise.
            if (profile.TryGet<bool>("fail", out var fails) && fails)
            {
                Gates.Event(gate).Set();
            }
            else if (!Gates.Event(gate).Wait(Gates.Timeout))
            {
                return Return.Error;
            }
        }

        if (profile.TryGet<bool>("fail", out var fail) && fail)
        {
            return Return.Error;
        }

        logger.LogInformation("finished {Name}", profile.Get<string>("name"));
        return profile.TryGet<bool>("exit", out var exit) && exit ? Return.Exit : Return.Success;
    }
}
