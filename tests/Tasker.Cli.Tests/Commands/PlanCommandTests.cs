using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Commands;

[TestClass]
public sealed class PlanCommandTests
{
    [TestMethod]
    public void The_plan_lists_entries_in_order_with_keys_values_and_skipped_entries()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var greet = run.Output.IndexOf("[1/2] Fixture.GreetingTask (entry 1)  greet.toml(4,1)", StringComparison.Ordinal);
        var value = run.Output.IndexOf("text = \"hello from the fixture\"", StringComparison.Ordinal);
        var echo = run.Output.IndexOf("[2/2] Fixture.EchoTask (entry 2)", StringComparison.Ordinal);
        var skipped = run.Output.IndexOf("skipped  Fixture.MarkerFileTask (entry 3)  greet.toml(11,1): execute = false", StringComparison.Ordinal);
        Assert.IsTrue(greet >= 0 && greet < value && value < echo && echo < skipped, run.ToString());
        StringAssert.Contains(run.Output, "require: greeting");
        StringAssert.Contains(run.Output, "2 of 3 entries would run; nothing was run.");
    }

    [TestMethod]
    public void Planning_runs_no_task()
    {
        using var folder = new TestProfiles();
        var marker = Path.Combine(folder.Directory, "ran.txt");
        var profile = folder.Write("marker.toml", CheckCommandTests.MarkerProfile(marker));

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "Fixture.MarkerFileTask");
        Assert.IsFalse(File.Exists(marker), "plan ran the task");
    }

    [TestMethod]
    public void Environment_values_are_shown_by_name_never_by_value()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("env.toml", """
            [[__meta__]]
            reference = "Fixture.GreetingTask"
            profile = "greet"

            [greet]
            text = "TASKER_CLI_TEST_SECRET$E"
            """);
        var environment = new Dictionary<string, string> { ["TASKER_CLI_TEST_SECRET"] = "s3cr3t-value" };

        var run = Tool.Run(folder.Directory, environment, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "text = \"TASKER_CLI_TEST_SECRET$E\"  <$E value, String, read when the task runs>");
        Assert.IsFalse(run.Output.Contains("s3cr3t-value", StringComparison.Ordinal), run.ToString());
    }

    [TestMethod]
    public void A_fork_shows_its_fan_out_and_a_map_the_branches_it_runs_over()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("fork.toml", """
            [[__meta__]]
            reference = "Fixture.GreetingTask"
            profile = "greet"

            [[__meta__]]
            reference = "Tasker.Tasks.ForkTask"
            profile = "fork"

            [[__meta__]]
            reference = "Tasker.Tasks.MapTask"
            profile = "map"

            [[__meta__]]
            reference = "Tasker.Tasks.ReduceTask"
            profile = "reduce"

            [greet]
            text = "hi"
            [fork]
            worker = 3
            reference = "Fixture.EchoTask"
            [[fork.tasks]]
            profile = "one"
            [[fork.tasks]]
            profile = "two"
            [[fork.tasks]]
            profile = "three"
            [fork.one]
            [fork.two]
            [fork.three]
            [map]
            worker = 2
            reference = "Fixture.EchoTask"
            [reduce]
            reference = "Fixture.EchoTask"
            """);

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "fork:    3 branches of Fixture.EchoTask, workers: 3");
        StringAssert.Contains(run.Output, "branches: one, two, three");
        StringAssert.Contains(run.Output, "maps:    Fixture.EchoTask over the 3 branches of the last fork, workers: 2");
        StringAssert.Contains(run.Output, "reduces: the 3 branches of the last fork with one Fixture.EchoTask, one branch at a time");
        StringAssert.Contains(run.Output, "passes each branch's task an empty table");
        StringAssert.Contains(run.Output, "branches: one, two, three\n  in each branch, require: greeting\n  in each branch, provide: -\n");
    }

    [TestMethod]
    public void A_container_whose_branch_keys_only_the_run_can_tell_says_so()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("copy.toml", """
            [[__meta__]]
            reference = "Fixture.GreetingTask"
            profile = "greet"

            [[__meta__]]
            reference = "Tasker.Tasks.ForkTask"
            profile = "fork"

            [greet]
            text = "hi"
            [fork]
            reference = "Tasker.Tasks.StorageKeyCopyTask"
            [[fork.tasks]]
            profile = "one"
            [fork.one]
            from = "greeting"
            to = "TASKER_PLAN_TEST_TARGET:-copy$E"
            """);

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "in each branch: keys known only when it runs");
    }

    [TestMethod]
    public void Values_the_profile_fixes_are_shown_evaluated()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("typed.toml", """
            [[__meta__]]
            reference = "Fixture.GreetingTask"
            profile = "greet"

            [greet]
            text = "costs $5"
            times = "3$I"
            """);

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "    text = \"costs $5\"\n");
        StringAssert.Contains(run.Output, "    times = 3\n");
    }

    [TestMethod]
    public void A_profile_error_exits_2_without_a_plan()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("mistakes.toml", FixtureProfiles.TwoMistakes);

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}(2,13): error TSK1001:");
        Assert.AreEqual(string.Empty, run.Output);
    }
}
