using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Schemas;

/// <summary>Sets the environment variable named by 'name' to 'value' (each test uses its own variable name).</summary>
public sealed class EnvironmentSettingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Environment.SetEnvironmentVariable(profile.Get<string>("name"), profile.Get<string>("value"));
        return Return.Success;
    }
}
