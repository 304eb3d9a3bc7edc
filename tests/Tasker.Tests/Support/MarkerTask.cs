using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Creates the file its profile's 'marker' key names, to prove that it ran.</summary>
public sealed class MarkerTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        File.WriteAllText(profile.Get<string>("marker"), "ran");
        return Return.Success;
    }
}
