using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Commands;

[TestClass]
public sealed class CheckCommandTests
{
    [TestMethod]
    public void A_valid_profile_exits_0_and_runs_nothing()
    {
        using var folder = new TestProfiles();
        var marker = Path.Combine(folder.Directory, "ran.txt");
        var profile = folder.Write("marker.toml", MarkerProfile(marker));

        var run = Tool.Run(folder.Directory, "check", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "0 errors, 0 warnings; 1 entry to run, 0 skipped.");
        Assert.IsFalse(File.Exists(marker), "check ran the task");
    }

    [TestMethod]
    public void An_invalid_profile_exits_2_and_reports_every_mistake_at_its_place()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("mistakes.toml", FixtureProfiles.TwoMistakes);

        var run = Tool.Run(folder.Directory, "check", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}(2,13): error TSK1001:");
        StringAssert.Contains(run.Error, $"{profile}(7,11): error TSK0006:");
        StringAssert.Contains(run.Output, "2 errors, 0 warnings.");
    }

    [TestMethod]
    public void A_fork_branch_table_that_does_not_fit_the_task_is_reported_at_its_place()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("fork.toml", """
            [[__meta__]]
            reference = "tasker.tasks.containers.ForkTask"
            profile = "fork"

            [fork]
            reference = "Fixture.GreetingTask"
            [[fork.tasks]]
            profile = "good"
            [[fork.tasks]]
            profile = "bad"
            [fork.good]
            text = "hi"
            [fork.bad]
            txet = "hi"
            """);

        var run = Tool.Run(folder.Directory, "check", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}(13,1): error TSK0020:");
        StringAssert.Contains(run.Error, $"{profile}(14,1): warning TSK0023:");
        StringAssert.Contains(run.Error, "Did you mean 'text'?");
    }

    [TestMethod]
    public void Warnings_alone_do_not_fail_the_check()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("warn.toml", "__nmae__ = \"x\"\n" + FixtureProfiles.Failing);

        var run = Tool.Run(folder.Directory, "check", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}(1,1): warning TSK0009:");
        StringAssert.Contains(run.Output, "0 errors, 1 warning;");
    }

    [TestMethod]
    public void Schema_and_dataflow_mistakes_are_found_without_running()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("flow.toml", """
            [[__meta__]]
            reference = "Fixture.EchoTask"

            [[__meta__]]
            reference = "Fixture.GreetingTask"
            profile = "greet"

            [greet]
            times = "twice"
            txet = "hi"
            """);

        var run = Tool.Run(folder.Directory, "check", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}(1,1): error TSK0030:");
        StringAssert.Contains(run.Error, "error TSK0020:");
        StringAssert.Contains(run.Error, $"{profile}(9,9): error TSK0021:");
        StringAssert.Contains(run.Error, $"{profile}(10,1): warning TSK0023:");
    }

    internal static string MarkerProfile(string markerPath) => $"""
        [[__meta__]]
        reference = "Fixture.MarkerFileTask"
        profile = "marker"

        [marker]
        path = '{markerPath}'
        """;
}
