namespace Tasker.EndToEnd.Tests.Support;

/// <summary>Task classes and profiles the end-to-end consumers are made of.</summary>
internal static class Snippets
{
    public const string GreetingTask = """
        using Microsoft.Extensions.Logging;
        using Tasker;

        namespace Consumer;

        public sealed class GreetingTask : ITask
        {
            public Return Invoke(Profile profile, IStorage shared, ILogger logger)
            {
                Console.WriteLine($"console: {profile.Get<string>("text")}");
                logger.LogInformation("greeting v1");
                shared["greeting"] = profile.Get<string>("text");
                return Return.Success;
            }

            public IEnumerable<string> Provide() => ["greeting"];
        }
        """;

    public const string CheckTask = """
        using Microsoft.Extensions.Logging;
        using Tasker;

        namespace Consumer;

        public sealed class CheckTask : ITask
        {
            public Return Invoke(Profile profile, IStorage shared, ILogger logger)
            {
                var mode = profile.Get<string>("mode");
                if (mode == "warn")
                {
                    logger.LogWarning("the greeting is {Greeting}", shared.Get<string>("greeting"));
                }

                return mode == "fail" ? Return.Error : Return.Success;
            }

            public IEnumerable<string> Require() => ["greeting"];
        }
        """;

    public static string Pipeline(string checkMode) => $"""
        __name__ = "E2E"

        [[__meta__]]
        reference = "Consumer.GreetingTask"
        profile = "greeting"

        [[__meta__]]
        reference = "Consumer.CheckTask"
        profile = "check"

        [greeting]
        text = "hello from the profile"

        [check]
        mode = "{checkMode}"
        """;
}
