using System.Text.Json;
using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Commands;

/// <summary><c>tasker plan --format json|mermaid|dot</c>: the same plan as data and as pictures.</summary>
[TestClass]
public sealed class PlanFormatTests
{
    private const string Fork = """
        [[__meta__]]
        reference = "Fixture.GreetingTask"
        profile = "greet"

        [[__meta__]]
        reference = "tasker.tasks.containers.ForkTask"
        profile = "fan"

        [greet]
        text = "hello"

        [fan]
        worker = 2
        reference = "Fixture.EchoTask"

        [[fan.tasks]]
        profile = "a"
        [[fan.tasks]]
        profile = "b"
        [fan.a]
        [fan.b]
        """;

    [TestMethod]
    public void Json_lists_entries_in_order_with_keys_flows_and_skipped_entries()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--format", "json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        using var plan = JsonDocument.Parse(run.Output);
        var entries = plan.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.HasCount(3, entries);
        Assert.AreEqual("Fixture.GreetingTask", entries[0].GetProperty("task").GetString());
        Assert.AreEqual("\"hello from the fixture\"", entries[0].GetProperty("values").GetProperty("text").GetString());
        Assert.AreEqual(2, entries[1].GetProperty("position").GetInt32());
        Assert.IsFalse(entries[2].GetProperty("wouldRun").GetBoolean());
        var flow = plan.RootElement.GetProperty("flows").EnumerateArray().Single();
        Assert.AreEqual(("e1", "e2", "greeting"), (flow.GetProperty("from").GetString(), flow.GetProperty("to").GetString(), flow.GetProperty("key").GetString()));
    }

    [TestMethod]
    public void Json_gives_what_a_container_s_task_does_in_each_branch()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("fork.toml", Fork);

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--format", "json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        using var plan = JsonDocument.Parse(run.Output);
        var fork = plan.RootElement.GetProperty("entries")[1].GetProperty("container");
        var keys = fork.GetProperty("inEachBranch");
        CollectionAssert.AreEqual(new[] { "greeting" }, keys.GetProperty("require").EnumerateArray().Select(key => key.GetString()).ToArray());
        Assert.AreEqual(0, keys.GetProperty("provide").GetArrayLength());
        Assert.AreEqual(0, keys.GetProperty("remove").GetArrayLength());
    }

    [TestMethod]
    public void Mermaid_draws_entries_the_key_between_them_and_a_fork_s_fan_out()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("fork.toml", Fork);

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--format", "mermaid");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsTrue(run.Output.StartsWith("flowchart TD\n", StringComparison.Ordinal), run.Output);
        StringAssert.Contains(run.Output, "e1[\"1. Fixture.GreetingTask (entry 1)\"]");
        StringAssert.Contains(run.Output, "e2{{\"2. tasker.tasks.containers.ForkTask (entry 2)<br/>fork: 2 branches of Fixture.EchoTask\"}}");
        StringAssert.Contains(run.Output, "e1 -.-> e2");
        StringAssert.Contains(run.Output, "e1 -- \"greeting\" --> e2", "the fork's branches read the greeting outside them");
    }

    [TestMethod]
    public void Dot_draws_the_same_plan_for_Graphviz()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--format", "dot");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "digraph plan {");
        StringAssert.Contains(run.Output, "e1 -> e2 [label=\"greeting\"];");
        StringAssert.Contains(run.Output, "e3 [label=\"skipped: Fixture.MarkerFileTask (entry 3)\", style=dashed, fontcolor=gray];");
        Assert.IsTrue(run.Output.TrimEnd().EndsWith('}'), run.Output);
    }
}
