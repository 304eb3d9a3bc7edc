using System.Text.Json;
using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Commands;

[TestClass]
public sealed class SchemaCommandTests
{
    [TestMethod]
    public void The_printed_schema_is_json_that_names_the_projects_tasks_and_the_built_ins()
    {
        using var folder = new TestProfiles();

        var run = Tool.Run(folder.Directory, "schema", "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        using var schema = JsonDocument.Parse(run.Output);
        Assert.AreEqual("http://json-schema.org/draft-07/schema#", schema.RootElement.GetProperty("$schema").GetString());
        StringAssert.Contains(run.Output, "\"Fixture.GreetingTask\"");
        StringAssert.Contains(run.Output, "\"tasker.tasks.containers.ForkTask\"");
    }

    [TestMethod]
    public void The_schema_is_written_to_the_output_file()
    {
        using var folder = new TestProfiles();
        var file = Path.Combine(folder.Directory, "schemas", "tasker.schema.json");

        var run = Tool.Run(folder.Directory, "schema", "-o", file, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, file);
        using var schema = JsonDocument.Parse(File.ReadAllText(file));
        Assert.AreEqual(JsonValueKind.Object, schema.RootElement.GetProperty("properties").ValueKind);
    }

    [TestMethod]
    public void An_output_that_cannot_be_written_exits_2_at_its_path()
    {
        using var folder = new TestProfiles();
        var blocker = folder.Write("not-a-folder", "a file");

        var run = Tool.Run(folder.Directory, "schema", "-o", Path.Combine(blocker, "schema.json"), "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{Path.Combine(blocker, "schema.json")}: error TSK0601: The JSON Schema could not be written");
    }
}
