using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Tasker.Hosting;
using Tasker.MSBuild;
using Tasker.MSBuild.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.MSBuild.Tests.Pipelines;

/// <summary>The MSBuild task with a recording build engine; task types come from this test assembly, loaded from disk.</summary>
[TestClass]
public sealed class RunTaskerPipelinesTests
{
    private static readonly string TestAssembly = typeof(RunTaskerPipelinesTests).Assembly.Location;

    private static (bool Succeeded, RecordingBuildEngine Engine) Execute(string assemblyPath, params string[] profiles)
    {
        var engine = new RecordingBuildEngine();
        var task = new RunTaskerPipelines
        {
            BuildEngine = engine,
            Profiles = [.. profiles.Select(path => (ITaskItem)new TaskItem(path))],
            AssemblyPath = assemblyPath,
        };
        return (task.Execute(), engine);
    }

    [TestMethod]
    public void A_passing_pipeline_logs_messages_by_importance_and_succeeds()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidingTask\"\nprofile = \"t\"\n[[__meta__]]\nreference = \"Tasker.Tests.Support.RequiringTask\"\n[t]\ntext = \"hi\"\n");

        var (succeeded, engine) = Execute(TestAssembly, path);

        Assert.IsTrue(succeeded, string.Join("\n", engine.Errors.Select(error => error.Message)));
        Assert.IsTrue(engine.Messages.Any(message => message.Importance == MessageImportance.High && message.Message!.StartsWith("Tasker pipeline 'p': 2 tasks run, succeeded", StringComparison.Ordinal)));
        Assert.IsTrue(engine.Messages.Any(message => message.Importance == MessageImportance.Normal && message.Message!.EndsWith("saw hi", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_failing_task_is_an_error_with_code_file_line_and_column()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "# comment\n\n[[__meta__]]\nreference = \"Tasker.Tests.Support.FailingTask\"\n");

        var (succeeded, engine) = Execute(TestAssembly, path);

        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK2001", path, 3, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
    }

    [TestMethod]
    public void A_warning_is_logged_as_a_warning()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n");

        var (succeeded, engine) = Execute(TestAssembly, path);

        Assert.IsTrue(succeeded);
        CollectionAssert.AreEqual(new[] { "TSK2006", "DATA001" }, engine.Warnings.Select(warning => warning.Code).ToArray());
    }

    [TestMethod]
    public void A_missing_output_assembly_is_a_diagnostic_not_a_crash()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"X\"\n");

        var (succeeded, engine) = Execute(Path.Combine(files.Directory, "missing.dll"), path);

        Assert.IsFalse(succeeded);
        Assert.AreEqual("TSK1005", engine.Errors.Single().Code);
    }

    [TestMethod]
    public void A_missing_profile_is_a_diagnostic_at_the_file()
    {
        var (succeeded, engine) = Execute(TestAssembly, Path.Combine(Path.GetTempPath(), "no-such-profile.toml"));

        Assert.IsFalse(succeeded);
        Assert.AreEqual("TSK0001", engine.Errors.Single().Code);
    }

    [TestMethod]
    public void The_first_failing_profile_stops_the_later_ones()
    {
        using var files = new TestProfiles();
        var failing = files.Write("a.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.FailingTask\"\n");
        var later = files.Write("b.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n");

        var (succeeded, engine) = Execute(TestAssembly, failing, later);

        Assert.IsFalse(succeeded);
        Assert.AreEqual(0, engine.Warnings.Count, "b.toml must not run");
    }

    [TestMethod]
    public void Task_types_come_from_a_fresh_copy_of_the_assembly_not_the_one_already_loaded()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.StaticCounterTask\"\n");
        StaticCounterTask.Invocations = 0;

        var (succeeded, _) = Execute(TestAssembly, path);

        Assert.IsTrue(succeeded);
        Assert.AreEqual(0, StaticCounterTask.Invocations, "the task ran in the collectible context, not in this one");
    }

    [TestMethod]
    public void ContinueOnError_turns_the_errors_of_a_profile_into_warnings_and_the_next_profile_runs()
    {
        using var files = new TestProfiles();
        var failing = files.Write("a.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.FailingTask\"\n");
        var later = files.Write("b.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n");
        var engine = new RecordingBuildEngine();
        var failingItem = new TaskItem(failing);
        failingItem.SetMetadata("ContinueOnError", "true");
        var task = new RunTaskerPipelines { BuildEngine = engine, Profiles = [failingItem, new TaskItem(later)], AssemblyPath = TestAssembly };

        Assert.IsTrue(task.Execute());
        Assert.AreEqual(0, engine.Errors.Count);
        CollectionAssert.AreEqual(new[] { "TSK2001", "TSK2006", "DATA001" }, engine.Warnings.Select(warning => warning.Code).ToArray());
    }

    [TestMethod]
    public void An_invalid_timeout_is_a_diagnostic()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ExitingTask\"\n");
        var engine = new RecordingBuildEngine();
        var task = new RunTaskerPipelines { BuildEngine = engine, Profiles = [new TaskItem(path)], AssemblyPath = TestAssembly, Timeout = "later" };

        Assert.IsFalse(task.Execute());
        Assert.AreEqual("TSK5004", engine.Errors.Single().Code);
    }

    [TestMethod]
    public void The_input_list_names_the_profiles_and_their_included_files()
    {
        using var files = new TestProfiles();
        var included = files.Write("t.toml", "text = \"x\"\n");
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidingTask\"\ninclude = true\npath = \"t.toml\"\n");
        var inputList = Path.Combine(files.Directory, "obj", "inputs.txt");
        var engine = new RecordingBuildEngine();
        var task = new RunTaskerPipelines { BuildEngine = engine, Profiles = [new TaskItem(path)], AssemblyPath = TestAssembly, InputListFile = inputList };

        Assert.IsTrue(task.Execute());
        CollectionAssert.AreEquivalent(new[] { path, included }, File.ReadAllLines(inputList));
    }

    [TestMethod]
    public void TreatWarningsAsErrors_promotes_warnings_except_those_in_NoWarn_or_WarningsNotAsErrors()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n");
        var engine = new RecordingBuildEngine();
        var task = new RunTaskerPipelines
        {
            BuildEngine = engine,
            Profiles = [new TaskItem(path)],
            AssemblyPath = TestAssembly,
            TreatWarningsAsErrors = true,
            WarningsNotAsErrors = "DATA001",
        };

        Assert.IsFalse(task.Execute());
        Assert.AreEqual("TSK2006", engine.Errors.Single().Code);
        Assert.AreEqual("DATA001", engine.Warnings.Single().Code);
    }

    [TestMethod]
    [DataRow("none")]
    [DataRow("process")]
    public void A_pipeline_whose_warning_the_build_treats_as_an_error_is_summed_up_as_failed(string isolation)
    {
        using var files = new TestProfiles();
        var promoted = files.Write("promoted.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n");
        var engine = new RecordingBuildEngine();
        var task = new RunTaskerPipelines
        {
            BuildEngine = engine,
            Profiles = [new TaskItem(promoted)],
            AssemblyPath = TestAssembly,
            Isolation = isolation,
            TreatWarningsAsErrors = true,
            WarningsNotAsErrors = "DATA001",
            TargetFrameworkIdentifier = ".NETCoreApp",
            TargetFrameworkVersion = "v10.0",
            HostRuntimeConfigPath = Path.Combine(files.Directory, "obj", "tasker.host.runtimeconfig.json"),
        };

        Assert.IsFalse(task.Execute());
        var summary = engine.Messages.Single(message => message.Importance == MessageImportance.High && message.Message!.StartsWith("Tasker pipeline", StringComparison.Ordinal)).Message!;
        StringAssert.StartsWith(summary, "Tasker pipeline 'promoted': 1 task run, failed (a warning was treated as an error) in ");
    }

    [TestMethod]
    public void A_warning_that_stays_a_warning_leaves_the_summary_succeeded()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WarningTask\"\n");

        var (succeeded, engine) = Execute(TestAssembly, path);

        Assert.IsTrue(succeeded);
        Assert.IsTrue(engine.Messages.Any(message => message.Importance == MessageImportance.High && message.Message!.StartsWith("Tasker pipeline 'p': 1 task run, succeeded in ", StringComparison.Ordinal)));
    }
}
