using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Schemas;

/// <summary>Logs every key of its profile as "key=value (Type)", to observe resolved values.</summary>
public sealed class ValueEchoTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        foreach (var key in profile.Keys)
        {
            var value = profile[key];
            logger.LogInformation("{Key}={Value} ({Type})", key, Convert.ToString(value, CultureInfo.InvariantCulture), value?.GetType().Name);
        }

        return Return.Success;
    }
}
