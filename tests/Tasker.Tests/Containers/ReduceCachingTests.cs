using Tasker.Tests.Support;

namespace Tasker.Tests.Containers;

/// <summary>A reduce is never taken from the result cache; asking for it is a warning at the key that asks, not silence.</summary>
[TestClass]
public sealed class ReduceCachingTests
{
    private const string Support = "Tasker.Tests.Support.";

    // Lines: 1-4 fork entry, 5-8 map entry, 9-12 reduce entry (its third line is 'reduceEntry'), 13-16 report entry, then the tables.
    private static string ForkThenReduce(string reduceEntry, string reduceTable) =>
        ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"")
        + ProfileText.Meta("Tasker.Tasks.MapTask", "profile = \"map\"")
        + ProfileText.Meta("Tasker.Tasks.ReduceTask", $"profile = \"reduce\"\n{reduceEntry}")
        + ProfileText.Meta(Support + "ReportTotalTask")
        + $"[fork]\nworker = 2\nreference = \"{Support}NumberTask\"\n[[fork.tasks]]\nprofile = \"b1\"\n[[fork.tasks]]\nprofile = \"b2\"\n[fork.b1]\nnumber = 1\n[fork.b2]\nnumber = 2\n"
        + $"[map]\nreference = \"{Support}SquareTask\"\n"
        + $"[reduce]\nreference = \"{Support}SumTask\"\n{reduceTable}\n";

    private static int LineOf(string text, string line) =>
        Array.FindIndex(text.Split('\n'), candidate => candidate == line) + 1;

    [TestMethod]
    public void Cache_on_a_reduce_table_is_a_warning_at_the_key_and_the_reduce_runs()
    {
        using var files = new TestProfiles();
        var text = ForkThenReduce(string.Empty, "cache = true");
        var path = files.Write("p.toml", text);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        var warning = events.Diagnostics.Single(diagnostic => diagnostic.Code == "TSK7009");
        Assert.IsFalse(warning.IsError);
        Assert.AreEqual(LineOf(text, "cache = true"), warning.Location.Line);
        StringAssert.Contains(warning.Message, "ReduceTask (entry 3)");
        StringAssert.Contains(warning.Message, "Remove 'cache = true'");
        Assert.IsTrue(events.Messages.Any(message => message.Text.Contains("total=5", StringComparison.Ordinal)), "the reduce ran");
    }

    [TestMethod]
    public void Cache_on_a_reduce_entry_is_a_warning_at_the_entry_key()
    {
        using var files = new TestProfiles();
        var text = ForkThenReduce("cache = true", string.Empty);
        var path = files.Write("p.toml", text);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        var warning = events.Diagnostics.Single(diagnostic => diagnostic.Code == "TSK7009");
        Assert.AreEqual(LineOf(text, "cache = true"), warning.Location.Line);
        Assert.IsLessThan(13, warning.Location.Line, "the entry's key, not a table's");
    }

    [TestMethod]
    public void A_reduce_that_does_not_ask_for_the_cache_gets_no_warning()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ForkThenReduce("cache = false", "cache = false"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsEmpty(events.Diagnostics, string.Join("\n", events.Diagnostics));
    }
}
