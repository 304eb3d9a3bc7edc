using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Tasker.MSBuild;
using Tasker.MSBuild.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.MSBuild.Tests.Pipelines;

/// <summary>The MSBuild task hands the build context to the pipelines, the same in the MSBuild node and in the host.</summary>
[TestClass]
[DoNotParallelize] // The pipelines run in the project folder, which changes the process's working directory.
public sealed class BuildContextTaskTests
{
    private static readonly string TestAssembly = typeof(BuildContextTaskTests).Assembly.Location;

    private static (bool Succeeded, RecordingBuildEngine Engine) Execute(TestProfiles files, string isolation, string profile, params ITaskItem[] properties)
    {
        var engine = new RecordingBuildEngine();
        var task = new RunTaskerPipelines
        {
            BuildEngine = engine,
            Profiles = [new TaskItem(profile)],
            AssemblyPath = TestAssembly,
            ProjectFile = Path.Combine(files.Directory, "Consumer.csproj"),
            IntermediateDirectory = "obj\\Release/net10.0/", // MSBuild's defaults start with obj\
            Configuration = "Release",
            TargetFramework = "net10.0",
            BuildProperties = properties,
            Isolation = isolation,
            TargetFrameworkIdentifier = ".NETCoreApp",
            TargetFrameworkVersion = "v10.0",
            HostRuntimeConfigPath = Path.Combine(files.Directory, "obj", "tasker.host.runtimeconfig.json"),
        };
        return (task.Execute(), engine);
    }

    private static TaskItem Property(string name, string value) => new(name, new Dictionary<string, string> { ["Value"] = value });

    private static List<string> Printed(RecordingBuildEngine engine) => [.. engine.Messages.Select(message => message.Message ?? string.Empty)];

    [TestMethod]
    [DataRow("none")]
    [DataRow("process")]
    public void Tasks_and_C_values_see_the_build_and_run_in_the_project_folder(string isolation)
    {
        using var files = new TestProfiles();
        var path = files.Write("pipelines/p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.BuildContextTask\"\nprofile = \"t\"\n[t]\nversion = \"version$C\"\nfolder = \"OutputDirectory$C\"\n");
        var before = Environment.CurrentDirectory;

        var (succeeded, engine) = Execute(files, isolation, path, Property("Version", "1.2.3"), Property("RepositoryUrl", "https://example.com/a;b"));

        Assert.IsTrue(succeeded, string.Join("\n", engine.Errors.Select(error => error.Message)));
        var printed = Printed(engine);
        CollectionAssert.IsSubsetOf(
            new[]
            {
                $"project file: {Path.Combine(files.Directory, "Consumer.csproj")}",
                $"project directory: {files.Directory}",
                $"output assembly: {TestAssembly}",
                $"output directory: {Path.GetDirectoryName(TestAssembly)}",
                $"intermediate directory: {Path.Combine(files.Directory, "obj", "Release", "net10.0")}",
                "configuration: Release",
                "target framework: net10.0",
                "property RepositoryUrl: https://example.com/a;b",
                "property Version: 1.2.3",
                $"working directory: {files.Directory}",
                "value version: 1.2.3 (String)",
                $"value folder: {Path.GetDirectoryName(TestAssembly)} (String)",
            },
            printed,
            string.Join("\n", printed));
        Assert.AreEqual(before, Environment.CurrentDirectory);
    }

    [TestMethod]
    public void A_name_in_TaskerProperties_that_is_not_a_property_name_is_an_error_at_the_project()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.BuildContextTask\"\n");
        var invalid = new TaskItem("Foo.Bar", new Dictionary<string, string> { ["Invalid"] = "true" });

        var (succeeded, engine) = Execute(files, "none", path, invalid);

        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK5004", Path.Combine(files.Directory, "Consumer.csproj")), (error.Code, error.File), error.Message);
        StringAssert.Contains(error.Message, "'Foo.Bar' in TaskerProperties is not an MSBuild property name");
        Assert.IsFalse(Printed(engine).Any(message => message.StartsWith("project file:", StringComparison.Ordinal)), "no pipeline ran");
    }
}
