using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Stores a value no JSON can hold (a type object) under 'handle' and asks for a dump.</summary>
public sealed class UnserializableWriteTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        shared["handle"] = typeof(string);
        return Return.Write;
    }

    public IEnumerable<string> Provide() => ["handle"];
}
