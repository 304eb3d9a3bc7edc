using Microsoft.Extensions.Logging;
using Tasker;

namespace Fixture;

/// <summary>Creates the file its profile names: shows whether a command really ran the task.</summary>
public sealed class MarkerFileTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        File.WriteAllText(profile.Get<string>("path"), "ran");
        return Return.Success;
    }
}
