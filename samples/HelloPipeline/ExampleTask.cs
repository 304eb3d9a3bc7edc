using Microsoft.Extensions.Logging;
using Tasker;

namespace Example;

/// <summary>The Python docs' ExampleTask, in C#.</summary>
public sealed class ExampleTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Console.WriteLine("This is an example.");
        Console.WriteLine(profile.Get<string>("example"));
        logger.LogInformation("Example INFO");
        logger.LogDebug("Example DEBUG");
        shared["example"] = "This is an example";
        return Return.Success;
    }

    public IEnumerable<string> Provide() => ["example"];

    public IEnumerable<Definition> Define() => [Definition.Value("example", typeof(string), description: "The text to print.")];
}
