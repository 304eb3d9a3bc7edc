using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Commands;

/// <summary><c>--from</c>, <c>--only</c> and <c>--skip</c> as a user types them, on <c>launch</c>, <c>check</c> and <c>plan</c>.</summary>
[TestClass]
public sealed class SelectionOptionTests
{
    [TestMethod]
    public void Launch_only_runs_the_named_entries_and_the_summary_counts_the_others()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--only", "greet");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "[1/1] Fixture.GreetingTask (entry 1)");
        Assert.IsFalse(run.Output.Contains("echoed:", StringComparison.Ordinal), run.ToString());
        StringAssert.Contains(run.Output, "(1 task run, 1 skipped (not selected))");
    }

    [TestMethod]
    public void Launch_skip_leaves_an_entry_out_by_task_name()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--skip", "EchoTask");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsFalse(run.Output.Contains("echoed:", StringComparison.Ordinal), run.ToString());
        StringAssert.Contains(run.Output, "printed: hello from the fixture");
    }

    [TestMethod]
    public void An_entry_that_needs_a_key_of_an_entry_not_selected_exits_2_before_anything_runs()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--from", "2");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "greet.toml(8,1): error TSK7032: Task Fixture.EchoTask (entry 2) requires the storage key 'greeting'");
        Assert.IsFalse(run.Output.Contains("printed:", StringComparison.Ordinal), run.ToString());
    }

    [TestMethod]
    public void An_unknown_entry_is_a_located_error_with_a_did_you_mean()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "check", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--only", "gret");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}: error TSK7030: --only 'gret' names no entry of the profile.");
        StringAssert.Contains(run.Error, "Did you mean 'greet'?");
    }

    [TestMethod]
    public void Check_and_plan_show_the_entries_not_selected()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var check = Tool.Run(folder.Directory, "check", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--skip", "2");
        var plan = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--skip", "2");

        Assert.AreEqual(0, check.ExitCode, check.ToString());
        StringAssert.Contains(check.Output, "1 entry to run, 2 skipped (1 not selected).");
        Assert.AreEqual(0, plan.ExitCode, plan.ToString());
        StringAssert.Contains(plan.Output, "[1/1] Fixture.GreetingTask (entry 1)");
        StringAssert.Contains(plan.Output, "skipped  Fixture.EchoTask (entry 2)  greet.toml(8,1): not selected");
        StringAssert.Contains(plan.Output, "1 of 3 entries would run; nothing was run.");
    }

    [TestMethod]
    public void The_json_plan_says_why_an_entry_is_skipped()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--skip", "2", "--format", "json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        using var plan = System.Text.Json.JsonDocument.Parse(run.Output);
        var entries = plan.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.IsFalse(entries[0].TryGetProperty("skipped", out _));
        Assert.AreEqual(("not selected", false), (entries[1].GetProperty("skipped").GetString(), entries[1].GetProperty("wouldRun").GetBoolean()));
        Assert.AreEqual("execute = false", entries[2].GetProperty("skipped").GetString());
    }
}
