using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Commands;

/// <summary><c>tasker launch --cache-dir</c> and <c>--partition</c>, and the cache's counts in the run's last line.</summary>
[TestClass]
public sealed class CacheOptionsTests
{
    private const string CachedGreeting = "[[__meta__]]\nreference = \"Fixture.GreetingTask\"\nprofile = \"greet\"\ncache = true\n\n[[__meta__]]\nreference = \"Fixture.EchoTask\"\n\n[greet]\ntext = \"hello\"\n";

    [TestMethod]
    public void A_second_launch_restores_the_cacheable_entry_from_the_cache_dir_and_says_so()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", CachedGreeting);
        var cache = Path.Combine(folder.Directory, "ci-cache");

        var first = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--cache-dir", cache);
        var second = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--cache-dir", cache);

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        StringAssert.Contains(first.Output, "(2 tasks run; work: 2 run, 0 restored from cache, 0 skipped)", first.ToString());
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        StringAssert.Contains(second.Output, "(2 tasks run; work: 1 run, 1 restored from cache, 0 skipped)", second.ToString());
        StringAssert.Contains(second.Output, "echoed: hello", "the restored greeting reaches the next entry");
        Assert.IsNotEmpty(Directory.GetFiles(Path.Combine(cache, "entries")));
    }

    [TestMethod]
    [DataRow("5/4")]
    [DataRow("two/4")]
    public void A_partition_that_is_not_I_of_N_is_refused_before_anything_runs(string partition)
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", CachedGreeting);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--partition", partition);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"error TSK7005: --partition {partition} is not a share");
        Assert.DoesNotContain("Successfully", run.Output);
    }

    [TestMethod]
    public void A_cache_size_smaller_than_a_result_keeps_nothing_so_the_next_launch_runs_again()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", CachedGreeting);
        var cache = Path.Combine(folder.Directory, "ci-cache");

        Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--cache-dir", cache, "--cache-size", "1");
        var second = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--cache-dir", cache, "--cache-size", "1");

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        StringAssert.Contains(second.Output, "(2 tasks run; work: 2 run, 0 restored from cache, 0 skipped)", second.ToString());
    }

    [TestMethod]
    [DataRow("lots")]
    [DataRow("0")]
    [DataRow("2 parsecs")]
    public void A_cache_size_that_is_not_a_size_is_refused_before_anything_runs(string size)
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", CachedGreeting);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--cache-size", size);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"error TSK7008: --cache-size {size} is not a size");
        Assert.DoesNotContain("Successfully", run.Output);
    }
}
