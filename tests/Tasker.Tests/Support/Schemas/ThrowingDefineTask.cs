using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Schemas;

/// <summary>A task whose schema cannot be read.</summary>
public sealed class ThrowingDefineTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Return.Success;

    public IEnumerable<Definition> Define() => throw new NotSupportedException("schema is broken");
}
