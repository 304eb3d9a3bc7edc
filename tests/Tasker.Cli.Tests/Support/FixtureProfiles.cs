namespace Tasker.Cli.Tests.Support;

/// <summary>Launcher profiles over the fixture's tasks.</summary>
internal static class FixtureProfiles
{
    /// <summary>Greets, echoes, and skips an entry; entry 1's reference value is at line 5, column 13.</summary>
    public const string GreetAndEcho = """
        __name__ = "Greetings"
        __version__ = "2.0"

        [[__meta__]]
        reference = "Fixture.GreetingTask"
        profile = "greet"

        [[__meta__]]
        reference = "Fixture.EchoTask"

        [[__meta__]]
        reference = "Fixture.MarkerFileTask"
        execute = false

        [greet]
        text = "hello from the fixture"
        """;

    /// <summary>Greets (printing and logging), then fails with a warning.</summary>
    public const string GreetThenFail = """
        [[__meta__]]
        reference = "Fixture.GreetingTask"
        profile = "greet"

        [[__meta__]]
        reference = "Fixture.FailingTask"

        [greet]
        text = "hello from the fixture"
        """;

    /// <summary>The failing task's entry starts at line 1.</summary>
    public const string Failing = """
        [[__meta__]]
        reference = "Fixture.FailingTask"
        """;

    /// <summary>Two mistakes: an unknown type at (2,13) and a missing table at (7,11).</summary>
    public const string TwoMistakes = """
        [[__meta__]]
        reference = "Fixture.GreetingTsk"
        profile = "greet"

        [[__meta__]]
        reference = "Fixture.EchoTask"
        profile = "nowhere"

        [greet]
        text = "hi"
        """;
}
