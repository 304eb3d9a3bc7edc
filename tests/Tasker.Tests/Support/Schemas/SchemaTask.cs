using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Schemas;

/// <summary>A task whose schema uses every kind of definition.</summary>
public sealed class SchemaTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("name={Name} count={Count}", profile.Get<string>("name"), profile.TryGet<int>("count", out var count) ? count : 3);
        return Return.Success;
    }

    public IEnumerable<Definition> Define() =>
    [
        Definition.Value("name", typeof(string), description: "Who to greet."),
        Definition.Value("count", typeof(int), 3, "How many times."),
        Definition.Value("ratio", typeof(double), 0.5),
        Definition.Value("enabled", typeof(bool), true),
        Definition.Value("tags", typeof(string[]), Array.Empty<string>(), "Labels."),
        Definition.Value("level", typeof(LogLevel), LogLevel.Information),
        Definition.Table("server", [Definition.Value("host", typeof(string)), Definition.Value("port", typeof(int), 80)], "Where to connect.", required: false),
        Definition.ArrayOfTables("stages", [Definition.Value("stage", typeof(string)), Definition.Value("retries", typeof(int), 0)], required: false),
    ];
}
