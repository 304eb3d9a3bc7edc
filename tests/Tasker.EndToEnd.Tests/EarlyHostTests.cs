using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

/// <summary>
/// Getting ready for the pipelines while the project compiles, through the packed package: the host started early
/// runs the pipeline, the engine is prepared in the node for pipelines that run there, nothing is started when the
/// pipelines are up to date or the switch is off, and no host outlives a failed build.
/// </summary>
[TestClass]
public sealed class EarlyHostTests
{
    private const string StartedEarly = "Tasker host: started while the project compiles.";
    private const string UsedEarly = "Tasker host: using the host started while the project compiled.";
    private const string Ran = "Tasker pipeline 'Greeting': 1 task run";
    private const string WarmedUp = "Tasker: preparing the engine in this node while the project compiles.";

    private static ConsumerProject Consumer() => ConsumerProject.WithGreetingPipeline();

    [TestMethod]
    public void The_pipeline_runs_in_the_host_started_while_the_project_compiled_and_an_up_to_date_build_starts_none()
    {
        using var project = Consumer();

        var first = project.Build("-v:d", "-p:TaskerIsolation=process");
        var again = project.Build("--no-restore", "-v:d", "-p:TaskerIsolation=process");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        StringAssert.Contains(first.Output, StartedEarly, first.ToString());
        StringAssert.Contains(first.Output, UsedEarly, first.ToString());
        StringAssert.Contains(first.Output, "greeting v1", first.ToString());
        StringAssert.Contains(first.Output, Ran, first.ToString());
        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsFalse(again.Output.Contains(StartedEarly, StringComparison.Ordinal), $"an up-to-date build started a host:\n{again}");
        Assert.IsFalse(again.Output.Contains(Ran, StringComparison.Ordinal), again.ToString());
    }

    [TestMethod]
    public void A_changed_source_starts_the_host_early_again()
    {
        using var project = Consumer();
        var first = project.Build("-p:TaskerIsolation=process");
        Assert.AreEqual(0, first.ExitCode, first.ToString());

        project.Write("GreetingTask.cs", Snippets.GreetingTask + "\n// changed\n");
        var changed = project.Build("--no-restore", "-v:d", "-p:TaskerIsolation=process");

        Assert.AreEqual(0, changed.ExitCode, changed.ToString());
        StringAssert.Contains(changed.Output, StartedEarly, changed.ToString());
        StringAssert.Contains(changed.Output, UsedEarly, changed.ToString());
        StringAssert.Contains(changed.Output, Ran, changed.ToString());
    }

    [TestMethod]
    [DataRow("-p:TaskerIsolation=none")]
    [DataRow("-p:TaskerIsolation=auto")]
    public void Pipelines_in_the_node_start_no_host_early_and_prepare_the_engine_instead(string isolation)
    {
        using var project = Consumer();

        var result = project.Build("-v:d", isolation);
        var again = project.Build("--no-restore", "-v:d", isolation);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, Ran, result.ToString());
        StringAssert.Contains(result.Output, WarmedUp, result.ToString());
        Assert.IsFalse(result.Output.Contains(StartedEarly, StringComparison.Ordinal), result.ToString());
        Assert.IsFalse(result.Output.Contains(UsedEarly, StringComparison.Ordinal), result.ToString());
        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsFalse(again.Output.Contains(WarmedUp, StringComparison.Ordinal), $"an up-to-date build prepared the engine:\n{again}");
    }

    [TestMethod]
    public void Nothing_is_prepared_early_when_turned_off()
    {
        using var project = Consumer();

        var result = project.Build("-v:d", "-p:TaskerIsolation=process", "-p:TaskerPrepareEarly=false");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, Ran, result.ToString());
        Assert.IsFalse(result.Output.Contains(StartedEarly, StringComparison.Ordinal), result.ToString());
        Assert.IsFalse(result.Output.Contains(UsedEarly, StringComparison.Ordinal), result.ToString());
        Assert.IsFalse(result.Output.Contains(WarmedUp, StringComparison.Ordinal), result.ToString());
    }

    [TestMethod]
    public void A_build_that_fails_to_compile_leaves_no_host_running()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("Reads the running processes' command lines from /proc.");
        }

        using var project = Consumer();
        project.Write("Broken.cs", "namespace Consumer; public sealed class Broken { public int Value => \"not a number\"; }\n");

        var result = project.Build("-v:d", "-p:TaskerIsolation=process");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "error CS0029", result.ToString());
        StringAssert.Contains(result.Output, StartedEarly, result.ToString());
        Assert.IsFalse(result.Output.Contains(Ran, StringComparison.Ordinal), result.ToString());

        // The host's command line names the project's own runtime config, under its folder.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        List<string> hosts;
        while ((hosts = HostsOf(project.Directory)).Count > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
        }

        Assert.AreEqual(0, hosts.Count, $"a host outlived the build:\n{string.Join("\n", hosts)}");
    }

    private static List<string> HostsOf(string projectDirectory)
    {
        var hosts = new List<string>();
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(process, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains("Tasker.Host.dll", StringComparison.Ordinal) && commandLine.Contains(projectDirectory, StringComparison.Ordinal))
                {
                    hosts.Add(commandLine);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Not a process, or one that ended meanwhile.
            }
        }

        return hosts;
    }
}
