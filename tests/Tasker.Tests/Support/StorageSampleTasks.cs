using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Provides 'greeting' from the profile's 'text' and asks for a dump.</summary>
public sealed class ProvideAndWriteTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        shared["greeting"] = profile.Get<string>("text");
        return Return.Write;
    }

    public IEnumerable<string> Provide() => ["greeting"];
}

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

/// <summary>A plain object stored in a persistent storage, read back with <c>Get&lt;T&gt;</c>.</summary>
public sealed record Measurement(string Name, double Value, IReadOnlyList<int> Samples, DateTime Taken);
