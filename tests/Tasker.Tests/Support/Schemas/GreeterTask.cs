using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Schemas;

/// <summary>A task created with constructor arguments (<c>GreeterTask$T$hello,2</c>).</summary>
public sealed class GreeterTask(string greeting, int times) : ITask
{
    public string Greeting { get; } = greeting;

    public int Times { get; } = times;

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("greeter says {Text}", string.Concat(Enumerable.Repeat(Greeting, Times)));
        return Return.Success;
    }
}
