using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Loading;

/// <summary><c>tasker launch --project</c> gives the pipelines the build context a build gives them.</summary>
[TestClass]
public sealed class BuildContextTests
{
    private const string Profile = """
        [[__meta__]]
        reference = "Fixture.BuildContextTask"
        profile = "t"
        [t]
        color = "FixtureColor$C"
        folder = "projectdirectory$C"
        """;

    [TestMethod]
    public void A_project_gives_its_facts_its_TaskerProperties_and_its_folder_as_working_directory()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("p.toml", Profile);
        var projectDirectory = Path.GetDirectoryName(BuiltFiles.FixtureProject)!;

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--project", BuiltFiles.FixtureProject, "--no-build", "-c", BuiltFiles.Configuration);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, $"project directory: {projectDirectory}");
        StringAssert.Contains(run.Output, $"output assembly: {BuiltFiles.FixtureAssembly}");
        StringAssert.Contains(run.Output, $"intermediate directory: {Path.Combine(projectDirectory, "obj", BuiltFiles.Configuration, "net10.0")}");
        StringAssert.Contains(run.Output, $"configuration: {BuiltFiles.Configuration}");
        StringAssert.Contains(run.Output, "target framework: net10.0");
        StringAssert.Contains(run.Output, "property FixtureColor: teal");
        StringAssert.Contains(run.Output, $"working directory: {projectDirectory}");
        StringAssert.Contains(run.Output, "value color: teal");
        StringAssert.Contains(run.Output, $"value folder: {projectDirectory}");
    }

    [TestMethod]
    public void A_framework_the_project_does_not_target_exits_2_naming_the_ones_it_does()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("p.toml", Profile);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--project", BuiltFiles.FixtureProject, "--no-build", "-c", BuiltFiles.Configuration, "--framework", "net9.0");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "error TSK6010: The project Tasker.Cli.Tests.Fixture.csproj does not target 'net9.0' (given with --framework); it targets net10.0.", run.ToString());
    }

    [TestMethod]
    public void A_multi_targeted_project_without_framework_says_which_framework_it_used()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("p.toml", Profile);
        folder.Write("Multi.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net10.0;net8.0</TargetFrameworks>
              </PropertyGroup>
            </Project>
            """);

        var run = Tool.Run(folder.Directory, "check", "-f", profile, "--no-build");

        StringAssert.Contains(run.Error, "Multi.csproj targets net10.0, net8.0: using net10.0 (choose another with --framework).", run.ToString());
    }

    [TestMethod]
    public void An_assembly_alone_knows_no_project_so_a_project_fact_is_a_located_error()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("p.toml", Profile.Replace("FixtureColor$C", "OutputDirectory$C", StringComparison.Ordinal));

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}(6,10): error TSK0051: 'ProjectDirectory' is not known in this run", run.ToString());
    }
}
