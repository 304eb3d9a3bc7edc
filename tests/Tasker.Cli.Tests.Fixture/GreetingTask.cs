using Microsoft.Extensions.Logging;
using Tasker;

namespace Fixture;

/// <summary>Prints its text, logs at every level and provides it to later tasks.</summary>
public sealed class GreetingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var text = profile.Get<string>("text");
        Console.WriteLine($"printed: {text}");
        logger.LogInformation("informed: {Text}", text);
        logger.LogDebug("debugged: {Text}", text);
        shared["greeting"] = text;
        return Return.Success;
    }

    public IEnumerable<string> Provide() => ["greeting"];

    public IEnumerable<Definition> Define() =>
    [
        Definition.Value("text", typeof(string), description: "What to greet with."),
        Definition.Value("times", typeof(long), 1L, "How often to greet."),
    ];
}
