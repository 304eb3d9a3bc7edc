using Tasker.MSBuild.Logging;
using Tasker.Tests.Support;
using MessageLevel = Tasker.Events.MessageLevel;

namespace Tasker.MSBuild.Tests.Logging;

[TestClass]
public sealed class MSBuildPipelineProgressTests
{
    private const string Support = "Tasker.Tests.Support.";

    [TestMethod]
    public void A_build_shows_the_header_each_task_with_its_keys_and_the_summary()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "__name__ = \"Named\"\n__version__ = \"2.0\"\n__author__ = \"Ada\"\n" + ProfileText.Meta(Support + "ProvidingTask", "profile = \"give\"") + "[give]\ntext = \"hi\"\n");

        var (_, events) = PipelineHarness.Run(path, options => options with { Progress = new MSBuildPipelineProgress(options.Events) });

        var texts = events.Messages.Select(message => message.Text).ToList();
        CollectionAssert.Contains(texts, "Named (2.0)");
        CollectionAssert.Contains(texts, "Author: Ada");
        CollectionAssert.Contains(texts, $"{Support}ProvidingTask (entry 1)  require: -  provide: greeting");
        Assert.IsTrue(texts.Any(line => line.StartsWith("Successfully finished in ", StringComparison.Ordinal)), string.Join("\n", texts));
        var summary = events.Messages.Single(message => message.Level == MessageLevel.Summary).Text;
        StringAssert.StartsWith(summary, "Tasker pipeline 'Named': 1 task run, succeeded");
        Assert.DoesNotContain("work:", summary, "a run that used no result cache does not mention it");
    }

    [TestMethod]
    public void A_pipeline_a_task_stopped_says_so_in_the_summary()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "__name__ = \"Demo\"\n" + ProfileText.Meta(Support + "ExitingTask"));

        var (_, events) = PipelineHarness.Run(path, options => options with { Progress = new MSBuildPipelineProgress(options.Events) });

        Assert.IsTrue(events.Messages.Any(message => message.Level == MessageLevel.Summary && message.Text.StartsWith("Tasker pipeline 'Demo': 1 task run, stopped by a task", StringComparison.Ordinal)), string.Join("\n", events.Messages.Select(message => message.Text)));
    }
}
