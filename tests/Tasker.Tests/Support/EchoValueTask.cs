using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Prints, logs and (unless fail = false) fails with its 'value': what a careless task does with a secret.</summary>
public sealed class EchoValueTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var value = profile.Get<string>("value");
        Console.WriteLine($"printed {value}");
        logger.LogInformation("logged {Value}", value);
        if (profile.TryGet<bool>("fail", out var fail) && !fail)
        {
            return Return.Success;
        }

        logger.LogError("failed with {Value}", value);
        return Return.Error;
    }
}
