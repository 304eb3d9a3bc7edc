using Microsoft.Extensions.Logging;

namespace Tasker.Benchmarks;

/// <summary>A task with a schema, for the profile check benchmark.</summary>
public sealed class SchemaTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Return.Success;

    public IEnumerable<string> Provide() => ["value"];

    public IEnumerable<Definition> Define() =>
    [
        Definition.Value("name", typeof(string)),
        Definition.Value("count", typeof(int), 0),
        Definition.Value("ratio", typeof(double), 1.0),
        Definition.Value("enabled", typeof(bool), false),
        Definition.Value("tags", typeof(string[]), Array.Empty<string>()),
    ];
}
