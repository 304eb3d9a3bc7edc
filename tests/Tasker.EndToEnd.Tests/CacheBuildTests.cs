using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

/// <summary>The result cache in a consumer's build, through the packed package: a rerun restores what did not change.</summary>
[TestClass]
public sealed class CacheBuildTests
{
    [TestMethod]
    public void A_rerun_pipeline_restores_its_cacheable_entry_from_the_intermediate_folder()
    {
        using var project = ConsumerProject.WithPipeline("pass");
        var profile = File.ReadAllText(Path.Combine(project.Directory, "pipeline.toml"));
        project.Write("pipeline.toml", profile.Replace("profile = \"greeting\"\n", "profile = \"greeting\"\ncache = true\n", StringComparison.Ordinal));

        var first = project.Build();
        var second = project.Build("-p:TaskerAlwaysRun=true", "--no-restore");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        StringAssert.Contains(first.Output, "console: hello from the profile");
        StringAssert.Contains(first.Output, "Tasker pipeline 'E2E': 2 tasks run, succeeded", first.ToString());
        StringAssert.Contains(first.Output, "work: 2 run, 0 restored from cache, 0 skipped", first.ToString());
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        StringAssert.Contains(second.Output, "work: 1 run, 1 restored from cache, 0 skipped", second.ToString());
        Assert.DoesNotContain("console: hello from the profile", second.Output, "the cached entry was not invoked");
        var caches = Directory.GetDirectories(Path.Combine(project.Directory, "obj"), "tasker-cache", SearchOption.AllDirectories);
        Assert.HasCount(1, caches, "the cache lives under the intermediate folder");
        Assert.IsNotEmpty(Directory.GetFiles(Path.Combine(caches[0], "entries")));
    }
}
