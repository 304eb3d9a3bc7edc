using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Commands;

[TestClass]
public sealed class TemplateCommandTests
{
    [TestMethod]
    public void Templates_of_several_tasks_are_printed_with_every_defined_key()
    {
        using var folder = new TestProfiles();

        var run = Tool.Run(folder.Directory, "template", "-r", "Fixture.GreetingTask", "-r", "tasker.tasks.containers.ForkTask", "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "__schema__ = \"Fixture.GreetingTask\"");
        StringAssert.Contains(run.Output, "# What to greet with. (string; required)\ntext = \"\"");
        StringAssert.Contains(run.Output, "times = 1");
        StringAssert.Contains(run.Output, "__schema__ = \"tasker.tasks.containers.ForkTask\"");
        StringAssert.Contains(run.Output, "[[tasks]]");
    }

    [TestMethod]
    public void A_written_template_is_a_profile_the_check_accepts()
    {
        using var folder = new TestProfiles();
        var templates = Path.Combine(folder.Directory, "templates");

        var template = Tool.Run(folder.Directory, "template", "-r", "Fixture.GreetingTask", "-o", templates, "--assembly", BuiltFiles.FixtureAssembly);
        var profile = folder.Write("uses-template.toml", """
            [[__meta__]]
            reference = "Fixture.GreetingTask"
            include = true
            path = "templates/Fixture.GreetingTask.toml"
            """);
        var check = Tool.Run(folder.Directory, "check", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, template.ExitCode, template.ToString());
        StringAssert.Contains(template.Output, Path.Combine(templates, "Fixture.GreetingTask.toml"));
        Assert.AreEqual(0, check.ExitCode, check.ToString());
    }

    [TestMethod]
    public void An_unknown_task_exits_2_with_a_suggestion_and_writes_nothing()
    {
        using var folder = new TestProfiles();
        var templates = Path.Combine(folder.Directory, "templates");

        var run = Tool.Run(folder.Directory, "template", "-r", "Fixture.GreetingTask", "-r", "Fixture.GretingTask", "-o", templates, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "tasker: error TSK1001: No task type named 'Fixture.GretingTask'");
        StringAssert.Contains(run.Error, "Did you mean 'Fixture.GreetingTask'?");
        Assert.IsFalse(Directory.Exists(templates), "a template was written although a reference was wrong");
    }

    [TestMethod]
    public void Several_references_after_one_r_are_written_as_in_the_python_tool()
    {
        using var folder = new TestProfiles();
        var templates = Path.Combine(folder.Directory, "templates");

        var run = Tool.Run(folder.Directory, "template", "-r", "Fixture.GreetingTask", "tasker.tasks.containers.ForkTask", "-o", templates, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(templates, "Fixture.GreetingTask.toml")), run.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(templates, "tasker.tasks.containers.ForkTask.toml")), run.ToString());
    }
}
