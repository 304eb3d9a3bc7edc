using Tasker.Execution;
using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>The build context reaches class tasks, function tasks and $C values; the project folder is the working directory.</summary>
[TestClass]
[DoNotParallelize] // A run with a project folder changes the process's working directory.
public sealed class BuildContextTests
{
    private static BuildContext ContextIn(string directory) => new()
    {
        ProjectFile = Path.Combine(directory, "Consumer.csproj"),
        ProjectDirectory = directory,
        OutputAssembly = Path.Combine(directory, "bin", "Consumer.dll"),
        OutputDirectory = Path.Combine(directory, "bin"),
        IntermediateDirectory = Path.Combine(directory, "obj"),
        Configuration = "Release",
        TargetFramework = "net10.0",
        Properties = new Dictionary<string, string> { ["Version"] = "1.2.3", ["Answer"] = "42" },
    };

    private static (Events.PipelineResult Result, Events.CollectingPipelineEvents Events) Run(string path, BuildContext? build) =>
        PipelineHarness.Run(path, options => options with { Build = build });

    private static IEnumerable<string> Printed(Events.CollectingPipelineEvents events) => events.Messages.Select(message => message.Text);

    [TestMethod]
    public void A_class_task_sees_every_fact_and_runs_in_the_project_folder()
    {
        using var files = new TestProfiles();
        var project = Directory.CreateDirectory(Path.Combine(files.Directory, "project")).FullName;
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.BuildContextTask\"\n");
        var before = Environment.CurrentDirectory;

        var (result, events) = Run(path, ContextIn(project));

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        var printed = Printed(events).ToList();
        CollectionAssert.IsSubsetOf(
            new[]
            {
                $"project file: {Path.Combine(project, "Consumer.csproj")}",
                $"project directory: {project}",
                $"output directory: {Path.Combine(project, "bin")}",
                $"intermediate directory: {Path.Combine(project, "obj")}",
                "configuration: Release",
                "target framework: net10.0",
                "property Answer: 42",
                "property Version: 1.2.3",
                $"working directory: {project}",
            },
            printed,
            string.Join("\n", printed));
        Assert.AreEqual(before, Environment.CurrentDirectory, "the working directory is put back after the run");
    }

    [TestMethod]
    public void Without_a_project_folder_the_working_directory_is_left_as_it_is()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.BuildContextTask\"\n");

        var (result, events) = Run(path, build: null);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        CollectionAssert.Contains(Printed(events).ToList(), $"working directory: {Environment.CurrentDirectory}");
        CollectionAssert.Contains(Printed(events).ToList(), "project directory: ");
    }

    [TestMethod]
    public void A_task_that_changes_the_working_directory_changes_nothing_after_the_run()
    {
        using var files = new TestProfiles();
        var project = Directory.CreateDirectory(Path.Combine(files.Directory, "project")).FullName;
        Directory.CreateDirectory(Path.Combine(project, "elsewhere"));
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.WorkingDirectoryChangingTask\"\n");
        var before = Environment.CurrentDirectory;

        var (result, events) = Run(path, ContextIn(project));

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.AreEqual(before, Environment.CurrentDirectory);
    }

    [TestMethod]
    public void A_function_task_sees_the_build_context()
    {
        using var files = new TestProfiles();
        var project = Directory.CreateDirectory(Path.Combine(files.Directory, "project")).FullName;
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.SampleFunctions.DescribeBuild\"\n[[__meta__]]\nreference = \"Tasker.Tests.Support.FactsPrintingTask\"\n");

        var (result, events) = Run(path, ContextIn(project));

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        var printed = Printed(events).ToList();
        CollectionAssert.Contains(printed, $"project directory: {project}", string.Join("\n", printed));
        CollectionAssert.Contains(printed, "property Version: 1.2.3");
    }

    [TestMethod]
    public void C_values_read_facts_and_listed_properties_in_any_case_and_convert_with_a_second_suffix()
    {
        using var files = new TestProfiles();
        var project = Directory.CreateDirectory(Path.Combine(files.Directory, "project")).FullName;
        var path = files.Write("p.toml", """
            [[__meta__]]
            reference = "Tasker.Tests.Support.BuildContextTask"
            profile = "t"
            [t]
            folder = "ProjectDirectory$C"
            lower = "configuration$C"
            version = "Version$C"
            answer = "Answer$C$I"
            """);

        var (result, events) = Run(path, ContextIn(project));

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        var printed = Printed(events).ToList();
        CollectionAssert.IsSubsetOf(
            new[] { $"value folder: {project} (String)", "value lower: Release (String)", "value version: 1.2.3 (String)", "value answer: 42 (Int64)" },
            printed,
            string.Join("\n", printed));
    }

    [TestMethod]
    public void An_unknown_name_is_an_error_at_the_value_with_a_did_you_mean_before_any_task_runs()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", """
            [[__meta__]]
            reference = "Tasker.Tests.Support.ProvidingTask"
            profile = "ok"
            [[__meta__]]
            reference = "Tasker.Tests.Support.BuildContextTask"
            profile = "t"
            [ok]
            text = "hi"
            [t]
            folder = "ProjectDirectry$C"
            """);

        var (result, events) = Run(path, ContextIn(files.Directory));

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(0, result.TasksRun, "nothing runs");
        var error = events.Diagnostics.Single();
        Assert.AreEqual(("TSK0050", 10, 10), (error.Code, error.Location.Line, error.Location.Column), error.Message);
        StringAssert.Contains(error.Message, "Did you mean 'ProjectDirectory'?");
    }

    [TestMethod]
    public void A_property_not_in_TaskerProperties_is_not_readable_and_the_error_says_how_to_pass_it()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.BuildContextTask\"\nprofile = \"t\"\n[t]\nurl = \"RepositoryUrl$C\"\n");

        var (result, events) = Run(path, ContextIn(files.Directory));

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK0050", error.Code);
        StringAssert.Contains(error.Message, "TaskerProperties names Answer, Version");
        StringAssert.Contains(error.Message, "<TaskerProperties>$(TaskerProperties);RepositoryUrl</TaskerProperties>");
    }

    [TestMethod]
    public void A_fact_no_build_gives_is_its_own_error()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.BuildContextTask\"\nprofile = \"t\"\n[t]\nfolder = \"ProjectDirectory$C\"\n");

        var (result, events) = Run(path, build: null);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual(("TSK0051", 5, 10), (error.Code, error.Location.Line, error.Location.Column), error.Message);
    }

    [TestMethod]
    public void A_property_that_does_not_convert_is_an_error_at_the_value()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.BuildContextTask\"\nprofile = \"t\"\n[t]\nv = \"Version$C$I\"\n");

        var (result, events) = Run(path, ContextIn(files.Directory));

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(("TSK0010", 5, 5), (events.Diagnostics.Single().Code, events.Diagnostics.Single().Location.Line, events.Diagnostics.Single().Location.Column));
    }

    [TestMethod]
    public void GetProperty_names_TaskerProperties_for_a_property_not_passed()
    {
        var build = ContextIn(Path.GetTempPath());

        Assert.AreEqual("1.2.3", build.GetProperty("version"));
        var exception = Assert.ThrowsExactly<KeyNotFoundException>(() => build.GetProperty("RepositoryUrl"));
        StringAssert.Contains(exception.Message, "TaskerProperties");
    }
}
