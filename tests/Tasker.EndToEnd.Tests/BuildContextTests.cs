using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

/// <summary>A task in a consumer project reads where the build stands, in the MSBuild node and in the host.</summary>
[TestClass]
public sealed class BuildContextTests
{
    private const string ContextTask = """
        using Microsoft.Extensions.Logging;
        using Tasker;

        namespace Consumer;

        public sealed class ContextTask : ITask
        {
            public Return Invoke(Profile profile, IStorage shared, ILogger logger)
            {
                var build = PipelineContext.Build;
                Console.WriteLine($"project directory: {build.ProjectDirectory}");
                Console.WriteLine($"output directory: {build.OutputDirectory}");
                Console.WriteLine($"configuration: {build.Configuration}, framework: {build.TargetFramework}");
                Console.WriteLine($"company: {build.GetProperty("Company")}");
                Console.WriteLine($"notes: {File.ReadAllText("data/notes.txt").Trim()}");
                Console.WriteLine($"channel from the profile: {profile.Get<string>("channel")}");
                File.WriteAllText(Path.Combine(profile.Get<string>("output"), "context.txt"), build.ProjectDirectory);
                return Return.Success;
            }
        }
        """;

    private const string Pipeline = """
        [[__meta__]]
        reference = "Consumer.ContextTask"
        profile = "context"

        [context]
        channel = "ReleaseChannel$C"
        output = "OutputDirectory$C"
        """;

    private static ConsumerProject Consumer(string extraProperties)
    {
        var project = new ConsumerProject(extraProperties: extraProperties, extraItems: "    <TaskerProfile Include=\"pipelines/context.toml\" />");
        project.Write("ContextTask.cs", ContextTask);
        project.Write("pipelines/context.toml", Pipeline);
        return project;
    }

    [TestMethod]
    public void A_task_reads_ProjectDirectory_a_TaskerProperties_property_and_relative_files_in_process_and_in_the_host()
    {
        using var project = Consumer("    <TaskerProperties>Company;ReleaseChannel</TaskerProperties>\n    <Company>Acme</Company>\n    <ReleaseChannel>beta</ReleaseChannel>");
        project.Write("data/notes.txt", "read from the project folder\n");
        var output = Path.Combine(project.Directory, "bin", "Debug", "net10.0");

        foreach (var isolation in new[] { "none", "process" })
        {
            var result = project.Build($"-p:TaskerIsolation={isolation}", "-p:TaskerAlwaysRun=true");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Output, $"project directory: {project.Directory}", isolation);
            StringAssert.Contains(result.Output, $"output directory: {output}", isolation);
            StringAssert.Contains(result.Output, "configuration: Debug, framework: net10.0", isolation);
            StringAssert.Contains(result.Output, "company: Acme", isolation);
            StringAssert.Contains(result.Output, "notes: read from the project folder", isolation);
            StringAssert.Contains(result.Output, "channel from the profile: beta", isolation);
            Assert.AreEqual(project.Directory, File.ReadAllText(Path.Combine(output, "context.txt")), isolation);
        }
    }

    [TestMethod]
    public void A_C_value_naming_a_property_not_in_TaskerProperties_fails_the_build_at_the_value()
    {
        using var project = Consumer("    <ReleaseChannel>beta</ReleaseChannel>");

        var result = project.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(result.Output).ToList(), "context.toml(6,11): error TSK0050", result.ToString());
        StringAssert.Contains(result.Output, "<TaskerProperties>$(TaskerProperties);ReleaseChannel</TaskerProperties>", result.ToString());
    }
}
