using Tasker.Hosting;
using Tasker.Planning;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Hosting;

/// <summary>The plan as data: the keys that flow between entries, and between the branches of containers.</summary>
[TestClass]
public sealed class PlanGraphTests
{
    private const string Support = "Tasker.Tests.Support.";

    private static PlanGraph Plan(string text)
    {
        using var files = new TestProfiles();
        var catalog = BuiltInTasks.CatalogWith([typeof(PipelineHarness).Assembly]);
        var check = PlanBuilder.Check(files.Write("p.toml", text), catalog);
        Assert.IsTrue(check.Succeeded, string.Join("\n", check.Diagnostics));
        return PlanGraph.Of(check, catalog);
    }

    [TestMethod]
    public void Keys_provided_in_the_branches_flow_to_the_containers_that_read_them_there()
    {
        var plan = Plan(
            ProfileText.Meta(Support + "ProvidingTask", "profile = \"hello\"")
            + ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"")
            + ProfileText.Meta("Tasker.Tasks.MapTask", "profile = \"map\"")
            + ProfileText.Meta("Tasker.Tasks.ReduceTask", "profile = \"reduce\"")
            + ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"again\"")
            + $"[hello]\ntext = \"hi\"\n[fork]\nreference = \"{Support}NumberTask\"\n[[fork.tasks]]\nprofile = \"b1\"\n[fork.b1]\nnumber = 1\n"
            + $"[map]\nreference = \"{Support}SquareTask\"\n[reduce]\nreference = \"{Support}SumTask\"\n"
            + $"[again]\nreference = \"{Support}RequiringTask\"\n[[again.tasks]]\nprofile = \"a\"\n[again.a]\n");

        var flows = plan.Flows.Select(flow => (flow.From, flow.To, flow.Key, flow.InBranches)).ToList();

        CollectionAssert.AreEquivalent(
            new[]
            {
                ("e2", "e3", "value", true),
                ("e3", "e4", "square", true),
                ("e2", "e4", "value", true),
                ("e1", "e5", "greeting", false),
            },
            flows,
            string.Join("\n", flows));
        var map = plan.Nodes[2].Container!.InEachBranch!;
        CollectionAssert.AreEqual(new[] { "value" }, map.Require.ToArray());
        CollectionAssert.AreEqual(new[] { "square" }, map.Provide.ToArray());
    }
}
