using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Hostile;

/// <summary>A task whose schema defines one key, "name", which it logs.</summary>
public sealed class SchemaTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("name={Name}", profile.Get<string>("name"));
        return Return.Success;
    }

    public IEnumerable<Definition> Define() => [Definition.Value("name", typeof(string))];
}
