using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Loading;

[TestClass]
public sealed class TaskSourceTests
{
    private const string ClassLibrary = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
        </Project>
        """;

    [TestMethod]
    public void A_project_is_built_and_its_output_assembly_supplies_the_tasks()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--project", BuiltFiles.FixtureProject, "-c", BuiltFiles.Configuration);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "echoed: hello from the fixture");
    }

    [TestMethod]
    public void With_no_build_the_project_is_only_evaluated_for_its_output_assembly()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "plan", "-f", profile, "--project", BuiltFiles.FixtureProject, "--no-build", "-c", BuiltFiles.Configuration);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "type:    Fixture.GreetingTask (Tasker.Cli.Tests.Fixture)");
    }

    [TestMethod]
    public void The_project_next_to_the_profile_is_used_by_default()
    {
        using var folder = new TestProfiles();
        folder.Write("Tasks.csproj", ClassLibrary);
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "check", "-f", profile, "--no-build");

        // Never built, so its evaluated output is missing: the message names the assembly the project would produce.
        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}: error TSK1005: The task assembly '{Path.Combine(folder.Directory, "bin", "Debug", "net10.0", "Tasks.dll")}' does not exist.");
    }

    [TestMethod]
    public void A_project_that_does_not_compile_exits_2_with_the_compiler_errors()
    {
        using var folder = new TestProfiles();
        folder.Write("Broken.csproj", ClassLibrary);
        folder.Write("Broken.cs", "namespace Broken; public class Oops { int x = ; }");
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "Broken.cs(1,");
        StringAssert.Contains(run.Error, $"{profile}: error TSK6004: Building Broken.csproj failed");
    }

    [TestMethod]
    public void Several_projects_in_the_folder_are_an_error_that_asks_for_project()
    {
        using var folder = new TestProfiles();
        folder.Write("One.csproj", ClassLibrary);
        folder.Write("Two.csproj", ClassLibrary);
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "check", "-f", profile);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "error TSK6002:");
        StringAssert.Contains(run.Error, "One.csproj, Two.csproj");
    }

    [TestMethod]
    public void Without_any_project_only_built_in_tasks_are_searched_and_a_warning_says_so()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.Failing);

        var run = Tool.Run(folder.Directory, "check", "-f", profile);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}: warning TSK6003:");
        StringAssert.Contains(run.Error, "error TSK1001: No task type named 'Fixture.FailingTask' was found in the built-in tasks.");
    }

    [TestMethod]
    public void A_missing_project_or_assembly_exits_2()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.Failing);

        var project = Tool.Run(folder.Directory, "check", "-f", profile, "--project", "absent.csproj");
        var assembly = Tool.Run(folder.Directory, "check", "-f", profile, "--assembly", "absent.dll");

        Assert.AreEqual(2, project.ExitCode, project.ToString());
        StringAssert.Contains(project.Error, "error TSK6001:");
        Assert.AreEqual(2, assembly.ExitCode, assembly.ToString());
        StringAssert.Contains(assembly.Error, "error TSK1005:");
    }
}
