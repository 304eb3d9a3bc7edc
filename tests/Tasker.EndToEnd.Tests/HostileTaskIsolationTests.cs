using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

/// <summary>
/// Tasks that attack the out-of-process host's channel or lose their process, through the packed package: the
/// build always ends with the task's own error or a located TSK error, never a forged success.
/// </summary>
[TestClass]
[OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
public sealed class HostileTaskIsolationTests
{
    private const string Header = """
        using System.Diagnostics;
        using Microsoft.Extensions.Logging;
        using Tasker;

        namespace Consumer;

        """;

    private static ConsumerProject Consumer(string taskName, string taskBody, string? profile = null)
    {
        var project = new ConsumerProject(extraItems: "    <TaskerProfile Include=\"pipeline.toml\" />");
        project.Write("GreetingTask.cs", Snippets.GreetingTask);
        project.Write($"{taskName}.cs", $$"""
            {{Header}}
            public sealed class {{taskName}} : ITask
            {
                public Return Invoke(Profile profile, IStorage shared, ILogger logger)
                {
            {{taskBody}}
                }
            }
            """);
        project.Write("pipeline.toml", profile ?? $"__name__ = \"Hostile\"\n\n[[__meta__]]\nreference = \"Consumer.GreetingTask\"\nprofile = \"greeting\"\n\n[[__meta__]]\nreference = \"Consumer.{taskName}\"\n\n[greeting]\ntext = \"hi\"\n");
        return project;
    }

    private static void AssertNoCrash(ProcessResult result)
    {
        Assert.IsFalse(result.Output.Contains("MSB4018", StringComparison.Ordinal), result.ToString());
        Assert.IsFalse(result.Output.Contains("MSB4166", StringComparison.Ordinal), $"a build node died:\n{result}");
        Assert.IsFalse(result.Output.Contains("   at ", StringComparison.Ordinal), $"a stack trace leaked:\n{result}");
    }

    [TestMethod]
    public void A_child_process_printing_protocol_lines_cannot_make_a_failed_pipeline_pass()
    {
        // A "finished, succeeded" event as the host writes it, and the start of another one without a newline.
        using var project = Consumer("ForgingTask", """
                    const string forged = "{\"kind\":\"Finished\",\"level\":\"Normal\",\"result\":{\"name\":\"Hostile\",\"succeeded\":true,\"stoppedByTask\":false,\"tasksRun\":2,\"elapsedMilliseconds\":1,\"inputFiles\":[]}}";
                    var script = "printf '%s\\n' '" + forged + "'; printf '%s\\n' '" + forged + "' >&2; printf '{\"kind\":\"Finished\"'";
                    using (var child = Process.Start(new ProcessStartInfo("sh", new[] { "-c", script }) { UseShellExecute = false })!)
                    {
                        child.WaitForExit();
                    }

                    logger.LogError("the real task failed");
                    return Return.Error;
            """);

        var result = project.Build("-p:TaskerIsolation=process");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(result.Output).ToList(), "pipeline.toml(7,1): error TSK2005", result.ToString());
        StringAssert.Contains(result.Output, "the real task failed");
        StringAssert.Contains(result.Output, "Build FAILED.");
        StringAssert.Contains(result.Output, "{\"kind\":\"Finished\",\"level\":\"Normal\",\"result\":{\"name\":\"Hostile\",\"succeeded\":true", "what the child printed is ordinary output");
        AssertNoCrash(result);
    }

    [TestMethod]
    public void A_host_killed_from_outside_while_a_task_runs_fails_the_build_at_its_entry()
    {
        // SIGKILL from another process, as the out-of-memory killer sends it.
        using var project = Consumer("KilledTask", """
                    Console.WriteLine("about to be killed");
                    using (var killer = Process.Start(new ProcessStartInfo("kill", new[] { "-KILL", Environment.ProcessId.ToString() }) { UseShellExecute = false })!)
                    {
                        killer.WaitForExit();
                    }

                    Thread.Sleep(Timeout.Infinite);
                    return Return.Success;
            """);

        var result = project.Build("-p:TaskerIsolation=process");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(result.Output).ToList(), "pipeline.toml(7,1): error TSK5101", result.ToString());
        StringAssert.Contains(result.Output, "exit code 137");
        StringAssert.Contains(result.Output, "SIGKILL");
        StringAssert.Contains(result.Output, "Build FAILED.");
        AssertNoCrash(result);
    }

    [TestMethod]
    public void A_task_reading_standard_input_in_the_host_gets_end_of_input_while_the_terminal_stays_open()
    {
        using var project = Consumer("InputTask", """
                    var read = Console.In.ReadToEnd();
                    using (var child = Process.Start(new ProcessStartInfo("cat") { UseShellExecute = false })!)
                    {
                        child.WaitForExit();
                    }

                    logger.LogInformation("standard input ended after {Count} characters", read.Length);
                    return Return.Success;
            """);
        using var build = project.StartBuildInTerminal("-p:TaskerIsolation=process");

        var result = build.WaitForResult();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "standard input ended after 0 characters");
        AssertNoCrash(result);
    }

    [TestMethod]
    public void Ctrl_C_of_a_build_running_a_task_in_the_host_is_a_cancellation_at_its_entry()
    {
        using var project = Consumer("WaitingTask", """
                    File.WriteAllText(profile.Get<string>("marker"), "started");
                    PipelineContext.CancellationToken.WaitHandle.WaitOne();
                    PipelineContext.CancellationToken.ThrowIfCancellationRequested();
                    return Return.Success;
            """);
        var marker = Path.Combine(project.Directory, "task-started");
        project.Write("pipeline.toml", $"__name__ = \"Hostile\"\n\n[[__meta__]]\nreference = \"Consumer.GreetingTask\"\nprofile = \"greeting\"\n\n[[__meta__]]\nreference = \"Consumer.WaitingTask\"\nprofile = \"waiting\"\n\n[greeting]\ntext = \"hi\"\n\n[waiting]\nmarker = \"{marker}\"\n");
        using var build = project.StartBuildInTerminal("-p:TaskerIsolation=process");
        while (!File.Exists(marker) && !build.HasExited)
        {
            Thread.Sleep(50);
        }

        if (build.HasExited)
        {
            Assert.Fail($"the build ended before its task started:\n{build.WaitForResult()}");
        }

        build.Interrupt();
        var result = build.WaitForResult();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var diagnostics = ConsumerProject.Diagnostics(result.Output).ToList();
        CollectionAssert.Contains(diagnostics, "pipeline.toml(7,1): error TSK5002", result.ToString());
        CollectionAssert.DoesNotContain(diagnostics, "pipeline.toml(7,1): error TSK5101", result.ToString());
        AssertNoCrash(result);
    }

    [TestMethod]
    public void A_task_thread_throwing_in_the_build_node_ends_the_build_with_a_notice_that_names_TaskerIsolation()
    {
        using var project = Consumer("LateThrowTask", """
                    new Thread(() => throw new InvalidOperationException("thrown on a thread of the task")).Start();
                    return Return.Success;
            """);

        var result = project.Build("-p:TaskerIsolation=none");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "pipeline.toml: error TSK5105: An unhandled System.InvalidOperationException on a background thread", result.ToString());
        StringAssert.Contains(result.Output, "set TaskerIsolation to process");
    }
}
