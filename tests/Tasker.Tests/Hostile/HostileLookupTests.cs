using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Hosting;
using Tasker.Requests;
using Tasker.Tests.Support;
using Tasker.Tests.Support.Hostile;

namespace Tasker.Tests.Hostile;

/// <summary>Hostile corpus, class "task lookup": a task type that exists but cannot load is reported as such.</summary>
[TestClass]
public sealed class HostileLookupTests
{
    [TestMethod]
    public void A_task_whose_dependency_is_missing_is_TSK1004_naming_the_missing_assembly()
    {
        using var files = new TestProfiles();
        var assemblyPath = BrokenAssemblies.WriteTaskWithMissingBase(files.Directory, "Hostile.Consumer.BrokenTask");
        var profile = files.Write("p.toml", ProfileText.Meta("Hostile.Consumer.BrokenTask"));
        using var tasks = TaskSet.Load(assemblyPath, [], new SourceLocation(profile, 0, 0), "");
        var events = new CollectingPipelineEvents();

        var result = PipelineRunner.Run(new PipelineOptions(profile, events), tasks.Catalog);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single(diagnostic => diagnostic.IsError);
        Assert.AreEqual("TSK1004", error.Code, error.ToString());
        Assert.AreEqual((profile, 2), (error.Location.File, error.Location.Line));
        StringAssert.Contains(error.Message, BrokenAssemblies.MissingAssemblyName);
        StringAssert.Contains(error.Message, "Hostile.Consumer.BrokenTask");
    }
}
