using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Testing;

/// <summary>A task a user might write: reads a name and a storage key, provides a greeting, logs as told.</summary>
public sealed class GreetingTask : ITask
{
    public int Invocations { get; private set; }

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Invocations++;
        var name = profile.Get<string>("name");
        var punctuation = shared.Contains("punctuation") ? shared.Get<string>("punctuation") : ".";
        switch (profile.TryGet<string>("mode", out var mode) ? mode : "greet")
        {
            case "fail":
                logger.LogError("Cannot greet {Name}.", name);
                return Return.Success;
            case "undeclared":
                shared["secret"] = name;
                return Return.Success;
            case "retry-once" when Invocations == 1:
                return Return.Retry;
        }

        logger.LogInformation("Greeting {Name}", name);
        shared["greeting"] = $"Hello {name}{punctuation}";
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["punctuation"];

    public IEnumerable<string> Provide() => ["greeting"];

    public IEnumerable<Definition> Define() =>
    [
        Definition.Value("name", typeof(string), description: "Who to greet."),
        Definition.Value("mode", typeof(string), defaultValue: "greet", description: "What to do."),
    ];
}
