using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Hostile;

/// <summary>A Define() that holds a null definition (or is null itself, with the argument "list").</summary>
public sealed class NullDefinitionTask(string shape) : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Return.Success;

    public IEnumerable<Definition> Define() => shape == "list" ? null! : [Definition.Value("name", typeof(string), "x"), null!];
}
