using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>A fork branch's input: provides 'value' from the branch's 'number' (0 when absent).</summary>
public sealed class NumberTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var number = profile.TryGet<long>("number", out var given) ? given : 0;
        shared["value"] = number;
        logger.LogInformation("ran {Number}", number);
        return Return.Success;
    }

    public IEnumerable<string> Provide() => ["value"];
}

/// <summary>A map: squares the branch's 'value' into the branch's 'square'.</summary>
public sealed class SquareTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var value = shared.Get<long>("value");
        shared["square"] = value * value;
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["value"];

    public IEnumerable<string> Provide() => ["square"];
}

/// <summary>A reducer: sums the branches' squares into 'total' and lists their values in order in 'order'.</summary>
public sealed class SumTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var total = shared.Contains("total") ? shared.Get<long>("total") : 0;
        shared["total"] = total + shared.Get<long>("square");
        var order = shared.Contains("order") ? shared.Get<string>("order") + "," : string.Empty;
        shared["order"] = order + shared.Get<long>("value");
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["square", "value"];

    public IEnumerable<string> Provide() => ["total", "order"];
}

/// <summary>Logs the reduced keys as "total=… order=…".</summary>
public sealed class ReportTotalTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("total={Total} order={Order}", shared.Get<long>("total"), shared.Get<string>("order"));
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["total", "order"];
}

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

/// <summary>Succeeds only when another branch reaches the same barrier at the same time (proves parallel branches).</summary>
public sealed class RendezvousTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) =>
        Gates.Barrier(profile.Get<string>("barrier"), 2).SignalAndWait(Gates.Timeout) ? Return.Success : Return.Error;
}

/// <summary>Reads an environment variable named by 'name' and logs whether it has the value of 'expected'.</summary>
public sealed class EnvironmentProbeTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var matches = Environment.GetEnvironmentVariable(profile.Get<string>("name")) == profile.Get<string>("expected");
        logger.LogInformation("probe matches: {Matches}", matches);
        return Return.Success;
    }
}

/// <summary>Logs the storage key 'copy'.</summary>
public sealed class CopyReaderTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("copy={Copy}", shared.Get<string>("copy"));
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["copy"];
}

/// <summary>Logs whether the storage still holds 'greeting'.</summary>
public sealed class GreetingPresenceTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("greeting present: {Present}", shared.Contains("greeting"));
        return Return.Success;
    }

    // Declared as removable, not required: the task only looks whether the key is there, and requiring a key after a
    // task removed it is a dataflow error caught before the run.
    public IEnumerable<string> Remove() => ["greeting"];
}

/// <summary>Cancels the build (the token source named by 'cancel') from inside a branch, like a user pressing Ctrl+C.</summary>
public sealed class CancellingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("ran {Name}", profile.Get<string>("name"));
        Gates.Cancellation(profile.Get<string>("cancel")).Cancel();
        return Return.Success;
    }
}
