using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Tasker.Hosting;
using Tasker.MSBuild;
using Tasker.MSBuild.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.MSBuild.Tests.Isolation;

/// <summary>
/// The MSBuild task with <c>Isolation=process</c>: the real host (built next to this test assembly) runs the
/// pipelines with task types from this test assembly, and the task replays its events.
/// </summary>
[TestClass]
public sealed class ProcessIsolationTests
{
    private static readonly string TestAssembly = typeof(ProcessIsolationTests).Assembly.Location;

    private static RunTaskerPipelines NewTask(TestProfiles files, string isolation, RecordingBuildEngine engine, params ITaskItem[] profiles) => new()
    {
        BuildEngine = engine,
        Profiles = profiles,
        AssemblyPath = TestAssembly,
        Isolation = isolation,
        TargetFrameworkIdentifier = ".NETCoreApp",
        TargetFrameworkVersion = "v10.0",
        HostRuntimeConfigPath = Path.Combine(files.Directory, "obj", "tasker.host.runtimeconfig.json"),
    };

    private static (bool Succeeded, RecordingBuildEngine Engine) Execute(TestProfiles files, string isolation, params ITaskItem[] profiles)
    {
        var engine = new RecordingBuildEngine();
        return (NewTask(files, isolation, engine, profiles).Execute(), engine);
    }

    private static (bool Succeeded, RecordingBuildEngine Engine) Execute(TestProfiles files, string isolation, params string[] profiles) =>
        Execute(files, isolation, [.. profiles.Select(path => (ITaskItem)new TaskItem(path))]);

    private static string[] Describe(RecordingBuildEngine engine) =>
    [
        .. engine.Errors.Select(error => $"error {error.Code} {error.File}({error.LineNumber},{error.ColumnNumber},{error.EndLineNumber},{error.EndColumnNumber}): {error.Message}"),
        .. engine.Warnings.Select(warning => $"warning {warning.Code} {warning.File}({warning.LineNumber},{warning.ColumnNumber},{warning.EndLineNumber},{warning.EndColumnNumber}): {warning.Message}"),
    ];

    [TestMethod]
    [DataRow("[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidingTask\"\nprofile = \"t\"\n[[__meta__]]\nreference = \"Tasker.Tests.Support.RequiringTask\"\n[t]\ntext = \"hi\"\n", DisplayName = "pass")]
    [DataRow("# comment\n\n[[__meta__]]\nreference = \"Tasker.Tests.Support.FailingTask\"\n", DisplayName = "fail at the entry line")]
    [DataRow("[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n", DisplayName = "warning")]
    [DataRow("[[__meta__]]\nreference = \"Tasker.Tests.Support.ThrowingTask\"\n", DisplayName = "exception")]
    [DataRow("[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidingTask\"\nprofile = \n", DisplayName = "syntax error")]
    [DataRow("[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidingTsk\"\n", DisplayName = "unknown reference")]
    public void Diagnostics_are_the_same_in_process_and_in_the_host(string profile)
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", profile);

        var (inProcessSucceeded, inProcess) = Execute(files, "none", path);
        var (hostSucceeded, host) = Execute(files, "process", path);

        CollectionAssert.AreEqual(Describe(inProcess), Describe(host), string.Join("\n", Describe(host)));
        Assert.AreEqual(inProcessSucceeded, hostSucceeded);
    }

    [TestMethod]
    public void The_build_shows_a_pipeline_in_the_host_as_it_shows_one_in_process()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "__name__ = \"Named\"\n__author__ = \"Ada\"\n[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidingTask\"\nprofile = \"t\"\n[[__meta__]]\nreference = \"Tasker.Tests.Support.RequiringTask\"\n[t]\ntext = \"hi\"\n");

        var (_, inProcess) = Execute(files, "none", path);
        var (_, host) = Execute(files, "process", path);

        // The host renders nothing itself: it sends the engine's events, and the task words them in both cases.
        CollectionAssert.AreEqual(Shown(inProcess), Shown(host), string.Join("\n", Shown(host)));
        CollectionAssert.Contains(Shown(host), "Normal: Named");
        CollectionAssert.Contains(Shown(host), "Normal: Tasker.Tests.Support.ProvidingTask (entry 1)  require: -  provide: greeting");
    }

    private static List<string> Shown(RecordingBuildEngine engine) =>
    [
        .. engine.Messages
            .Where(message => message.Importance != MessageImportance.Low)
            .Select(message => $"{message.Importance}: {System.Text.RegularExpressions.Regex.Replace(message.Message ?? string.Empty, "[0-9]+[.][0-9]+", "N")}"),
    ];

    [TestMethod]
    public void Messages_keep_their_importance_and_task_console_output_becomes_messages()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ConsoleTask\"\n[[__meta__]]\nreference = \"Tasker.Tests.Support.StderrTask\"\n");

        var (succeeded, engine) = Execute(files, "process", path);

        Assert.IsTrue(succeeded, string.Join("\n", Describe(engine)));
        Assert.IsTrue(engine.Messages.Any(message => message.Importance == MessageImportance.High && message.Message!.StartsWith("Tasker pipeline 'p': 2 tasks run, succeeded", StringComparison.Ordinal)));
        Assert.IsTrue(engine.Messages.Any(message => message.Importance == MessageImportance.Normal && message.Message == "printed line"));
        Assert.IsTrue(engine.Messages.Any(message => message.Message == "written to standard error"));
        Assert.IsTrue(engine.Messages.Any(message => message.Importance == MessageImportance.Low && message.Message!.Contains("runs in the out-of-process Tasker host", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_task_reports_a_diagnostic_at_its_own_file_and_line_in_either_isolation()
    {
        using var files = new TestProfiles();
        var data = files.Write("prices.csv", "name,price\napple\npear,abc\n");
        var path = files.Write("p.toml", $"[[__meta__]]\nreference = \"Tasker.Tests.Support.LocatedDiagnosticTask\"\nprofile = \"t\"\n[t]\ndata = '{data}'\n");

        foreach (var isolation in new[] { "none", "process" })
        {
            var (succeeded, engine) = Execute(files, isolation, path);

            Assert.IsFalse(succeeded, isolation);
            var warning = engine.Warnings.Single();
            Assert.AreEqual(("DATA002", data, 2, 0), (warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber), isolation);
            var error = engine.Errors.Single();
            Assert.AreEqual(("TSK2005", data, 3, 5), (error.Code, error.File, error.LineNumber, error.ColumnNumber), isolation);
            Assert.AreEqual("Tasker.Tests.Support.LocatedDiagnosticTask (entry 1): 'abc' is not a number", error.Message, isolation);
        }
    }

    [TestMethod]
    public void Environment_Exit_in_a_task_is_an_error_at_its_entry_and_the_caller_lives_on()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidingTask\"\nprofile = \"t\"\n\n[[__meta__]]\nreference = \"Tasker.Tests.Support.EnvironmentExitTask\"\n[t]\ntext = \"hi\"\n");

        var (succeeded, engine) = Execute(files, "process", path);

        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK5101", path, 5, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        StringAssert.Contains(error.Message, "exit code 3");
        Assert.IsTrue(engine.Messages.Any(message => message.Message == "about to exit"), "output before the exit still reaches the log");
    }

    [TestMethod]
    public void A_stack_overflow_in_a_task_is_an_error_at_its_entry()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.StackOverflowTask\"\n");

        var (succeeded, engine) = Execute(files, "process", path);

        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK5101", path, 1, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        StringAssert.Contains(error.Message, "Stack overflow");
    }

    [TestMethod]
    public void After_a_host_ended_the_next_profile_gets_a_new_host()
    {
        using var files = new TestProfiles();
        var exiting = files.Write("a.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.EnvironmentExitTask\"\n");
        var warning = files.Write("b.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n");

        // A failed profile stops the later ones, so the second must run on its own to prove the restart: the
        // host state is per task invocation, and each Execute is one.
        var (_, first) = Execute(files, "process", exiting);
        var (succeeded, second) = Execute(files, "process", warning);

        Assert.AreEqual("TSK5101", first.Errors.Single().Code);
        Assert.IsTrue(succeeded);
        Assert.AreEqual("TSK2006", second.Warnings.First().Code);
    }

    [TestMethod]
    public void The_Isolation_metadata_overrides_the_project_setting_per_profile()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidingTask\"\nprofile = \"t\"\n[t]\ntext = \"hi\"\n");
        var item = new TaskItem(path);
        item.SetMetadata("Isolation", "process");

        var (succeeded, engine) = Execute(files, "none", item);

        Assert.IsTrue(succeeded);
        Assert.IsTrue(engine.Messages.Any(message => message.Message!.Contains("runs in the out-of-process Tasker host", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void An_unknown_isolation_value_is_an_error_at_the_project()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidingTask\"\n");

        var (succeeded, engine) = Execute(files, "sandbox", path);

        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK5103", "test.csproj"), (error.Code, error.File));
        StringAssert.Contains(error.Message, "'sandbox'");
    }

    [TestMethod]
    public void The_generated_runtime_config_names_the_projects_runtime()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n");

        var (succeeded, _) = Execute(files, "process", path);

        Assert.IsTrue(succeeded);
        StringAssert.Contains(File.ReadAllText(Path.Combine(files.Directory, "obj", "tasker.host.runtimeconfig.json")), "\"Microsoft.NETCore.App\"");
    }

    [TestMethod]
    public void Cancelling_the_build_cancels_the_task_in_the_host_and_reports_at_its_entry()
    {
        using var files = new TestProfiles();
        var marker = Path.Combine(files.Directory, "started");
        var path = files.Write("p.toml", $"[[__meta__]]\nreference = \"Tasker.Tests.Support.WaitForCancellationTask\"\nprofile = \"t\"\n[t]\nmarker = \"{marker}\"\n");
        var engine = new RecordingBuildEngine();
        var task = NewTask(files, "process", engine, new TaskItem(path));

        var running = System.Threading.Tasks.Task.Run(task.Execute);
        while (!File.Exists(marker) && !running.IsCompleted)
        {
            Thread.Sleep(20);
        }

        task.Cancel();
        var succeeded = running.Result;

        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK5002", path, 1, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber), error.Message);
    }

    [TestMethod]
    public void ContinueOnError_turns_a_host_ending_task_into_a_warning()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.EnvironmentExitTask\"\n");
        var item = new TaskItem(path);
        item.SetMetadata("ContinueOnError", "true");

        var (succeeded, engine) = Execute(files, "process", item);

        Assert.IsTrue(succeeded);
        Assert.AreEqual(0, engine.Errors.Count);
        Assert.AreEqual(("TSK5101", 1), (engine.Warnings.Single().Code, engine.Warnings.Single().LineNumber));
    }

    [TestMethod]
    public void A_missing_host_is_an_error_that_says_how_to_go_on()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n");
        var engine = new RecordingBuildEngine();
        var task = NewTask(files, "process", engine, new TaskItem(path));
        task.HostAssemblyPath = Path.Combine(files.Directory, "no-host", "Tasker.Host.dll");

        Assert.IsFalse(task.Execute());
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK5102", path), (error.Code, error.File));
        StringAssert.Contains(error.Message, "TaskerIsolation");
    }

    [TestMethod]
    public void A_shared_framework_that_is_not_installed_is_a_start_error_with_the_runtimes_words()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n");
        var engine = new RecordingBuildEngine();
        var task = NewTask(files, "auto", engine, new TaskItem(path));
        task.FrameworkReferences = [new TaskItem("Tasker.Tests.Missing.App")];

        Assert.IsFalse(task.Execute());
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK5102", path), (error.Code, error.File));
        StringAssert.Contains(error.Message, "exit code");
        StringAssert.Contains(error.Message, "'Tasker.Tests.Missing.App'");
    }

    [TestMethod]
    [OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
    public void A_child_process_printing_protocol_lines_cannot_forge_the_result()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ForgingChildTask\"\n");

        var (succeeded, engine) = Execute(files, "process", path);

        Assert.IsFalse(succeeded, string.Join("\n", engine.Messages.Select(message => message.Message)));
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK2005", 1), (error.Code, error.LineNumber), error.Message);
        StringAssert.Contains(error.Message, "the real task failed");
        Assert.IsFalse(engine.Messages.Any(message => message.Message!.Contains("succeeded", StringComparison.Ordinal) && message.Message.StartsWith("Tasker pipeline", StringComparison.Ordinal)));

        // What the child printed is ordinary output, on standard output and error alike, partial line included.
        Assert.AreEqual(2, engine.Messages.Count(message => message.Message == ForgingChildTask.ForgedFinished), string.Join("\n", engine.Messages.Select(message => message.Message)));
        Assert.IsTrue(engine.Messages.Any(message => message.Message == "{\"kind\":\"Finished\""));
    }

    [TestMethod]
    [OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
    public void A_task_reading_standard_input_in_the_host_gets_end_of_input_at_once()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.InputReadingTask\"\n");

        var (succeeded, engine) = Execute(files, "process", path);

        Assert.IsTrue(succeeded, string.Join("\n", Describe(engine)));
        Assert.IsTrue(engine.Messages.Any(message => message.Message!.Contains("standard input ended after 0 characters", StringComparison.Ordinal)));
    }

    [TestMethod]
    [OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
    public void A_host_killed_from_outside_while_a_task_runs_is_an_error_at_its_entry()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n\n[[__meta__]]\nreference = \"Tasker.Tests.Support.KilledHostTask\"\n");

        var (succeeded, engine) = Execute(files, "process", path);

        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK5101", path, 4, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber), error.Message);
        StringAssert.Contains(error.Message, "exit code 137");
        StringAssert.Contains(error.Message, "SIGKILL");
        Assert.IsTrue(engine.Messages.Any(message => message.Message == "about to be killed"), "output before the kill still reaches the log");
    }

    [TestMethod]
    [OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
    public void Ctrl_C_reaching_the_host_leaves_the_cancellation_to_the_build()
    {
        using var files = new TestProfiles();
        var marker = Path.Combine(files.Directory, "started");
        var go = Path.Combine(files.Directory, "go");
        var path = files.Write("p.toml", $"[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n\n[[__meta__]]\nreference = \"Tasker.Tests.Support.InterruptibleTask\"\nprofile = \"t\"\n[t]\nmarker = \"{marker}\"\ngo = \"{go}\"\n");
        var engine = new RecordingBuildEngine();
        var task = NewTask(files, "process", engine, new TaskItem(path));

        var running = System.Threading.Tasks.Task.Run(task.Execute);
        while (!File.Exists(marker) && !running.IsCompleted)
        {
            Thread.Sleep(20);
        }

        // A terminal's Ctrl+C signals every process of the build; the host must live until the build cancels it.
        using (var interrupt = System.Diagnostics.Process.Start("kill", ["-INT", File.ReadAllText(marker)]))
        {
            interrupt.WaitForExit();
        }

        File.WriteAllText(go, "go");
        while (!File.Exists(marker + ".alive") && !running.IsCompleted)
        {
            Thread.Sleep(20);
        }

        Assert.IsFalse(running.IsCompleted, string.Join("\n", Describe(engine)));
        task.Cancel();
        Assert.IsFalse(running.Result);
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK5002", path, 4, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber), error.Message);
    }

    [TestMethod]
    [DataRow("none")]
    [DataRow("process")]
    public void TaskerOnly_TaskerFrom_and_TaskerSkip_select_entries_in_process_and_in_the_host(string isolation)
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", """
            [[__meta__]]
            reference = "Tasker.Tests.Support.NamedStepTask"
            profile = "a"
            [[__meta__]]
            reference = "Tasker.Tests.Support.NamedStepTask"
            profile = "b"
            [[__meta__]]
            reference = "Tasker.Tests.Support.NamedStepTask"
            profile = "c"
            [a]
            name = "a"
            [b]
            name = "b"
            [c]
            name = "c"
            """);
        var engine = new RecordingBuildEngine();
        var task = NewTask(files, isolation, engine, new TaskItem(path));
        task.Only = "a; c";
        task.Skip = "c";

        Assert.IsTrue(task.Execute(), string.Join("\n", Describe(engine)));
        var ran = engine.Messages.Select(message => message.Message!).Where(text => text.Contains(": ran ", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, ran, string.Join("\n", ran));
        StringAssert.EndsWith(ran[0], "ran a");
        Assert.IsTrue(engine.Messages.Any(message => message.Importance == MessageImportance.High && message.Message!.StartsWith("Tasker pipeline 'p': 1 task run, 2 skipped (not selected), succeeded", StringComparison.Ordinal)), string.Join("\n", engine.Messages.Select(message => message.Message)));

        var unknown = new RecordingBuildEngine();
        var from = NewTask(files, isolation, unknown, new TaskItem(path));
        from.From = "d";
        Assert.IsFalse(from.Execute());
        var error = unknown.Errors.Single();
        Assert.AreEqual(("TSK7030", path), (error.Code, error.File));
        StringAssert.Contains(error.Message, "TaskerFrom 'd' names no entry");
    }
}
