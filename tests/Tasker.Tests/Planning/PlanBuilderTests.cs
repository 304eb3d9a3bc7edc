using Tasker.Tests.Support;

namespace Tasker.Tests.Planning;

/// <summary>The check before the run and the run use one validated plan: what the check works out is not worked out again.</summary>
[TestClass]
public sealed class PlanBuilderTests
{
    [TestMethod]
    public void A_run_invokes_the_task_the_check_created_with_the_keys_it_declared_then()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", """
            [[__meta__]]
            reference = "Tasker.Tests.Support.DeclarationCountingTask"
            profile = "counting"

            [counting]
            count = "3$I"
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.Contains(
            "count=3 defined=True require-calls=1",
            events.Messages.Select(message => message.Text).FirstOrDefault(text => text.Contains("count=", StringComparison.Ordinal)) ?? "(no message)",
            "the instance the check created and asked for its schema and keys is the one invoked, with the value the check evaluated");
    }
}
