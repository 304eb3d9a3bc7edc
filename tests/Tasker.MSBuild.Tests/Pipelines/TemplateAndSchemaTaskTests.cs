using System.Text.Json;
using Microsoft.Build.Framework;
using Tasker.MSBuild;
using Tasker.MSBuild.Tests.Support;
using Tasker.Tests.Support;
using Tasker.Tests.Support.Schemas;

namespace Tasker.MSBuild.Tests.Pipelines;

/// <summary>The TaskerTemplate and TaskerSchema targets' tasks, with a recording build engine.</summary>
[TestClass]
public sealed class TemplateAndSchemaTaskTests
{
    private static readonly string TestAssembly = typeof(TemplateAndSchemaTaskTests).Assembly.Location;

    [TestMethod]
    public void Template_is_printed_without_an_output_folder()
    {
        var engine = new RecordingBuildEngine();
        var task = new GenerateTaskerTemplate { BuildEngine = engine, AssemblyPath = TestAssembly, Reference = typeof(SchemaTask).FullName };

        Assert.IsTrue(task.Execute(), string.Join("\n", engine.Errors.Select(error => error.Message)));
        Assert.IsTrue(engine.Messages.Any(message => message.Importance == MessageImportance.High && message.Message!.Contains("__schema__ = \"Tasker.Tests.Support.Schemas.SchemaTask\"", StringComparison.Ordinal)));
        Assert.IsNull(task.TemplateFile);
    }

    [TestMethod]
    public void Template_is_written_to_the_output_folder()
    {
        using var files = new TestProfiles();
        var engine = new RecordingBuildEngine();
        var task = new GenerateTaskerTemplate { BuildEngine = engine, AssemblyPath = TestAssembly, Reference = typeof(OptionsTask).FullName, OutputDirectory = Path.Combine(files.Directory, "templates") };

        Assert.IsTrue(task.Execute(), string.Join("\n", engine.Errors.Select(error => error.Message)));
        Assert.AreEqual(Path.Combine(files.Directory, "templates", typeof(OptionsTask).FullName + ".toml"), task.TemplateFile);
        StringAssert.Contains(File.ReadAllText(task.TemplateFile!), "repeat_count = 3");
    }

    [TestMethod]
    public void Template_without_reference_is_an_error_saying_how_to_give_one()
    {
        var engine = new RecordingBuildEngine();
        var task = new GenerateTaskerTemplate { BuildEngine = engine, AssemblyPath = TestAssembly };

        Assert.IsFalse(task.Execute());
        var error = engine.Errors.Single();
        Assert.AreEqual(("TSK0602", "test.csproj"), (error.Code, error.File));
        StringAssert.Contains(error.Message, "-p:TaskerTemplateReference=");
    }

    [TestMethod]
    public void A_project_level_error_points_at_the_project_not_at_the_package_targets()
    {
        var engine = new RecordingBuildEngine();
        var project = Path.Combine(Path.GetTempPath(), "Consumer.csproj");
        var task = new GenerateTaskerTemplate { BuildEngine = engine, AssemblyPath = TestAssembly, ProjectFile = project };

        Assert.IsFalse(task.Execute());
        Assert.AreEqual(("TSK0602", project), (engine.Errors.Single().Code, engine.Errors.Single().File));
    }

    [TestMethod]
    public void Template_of_an_unknown_task_suggests_the_nearest()
    {
        var engine = new RecordingBuildEngine();
        var task = new GenerateTaskerTemplate { BuildEngine = engine, AssemblyPath = TestAssembly, Reference = "Tasker.Tests.Support.Schemas.SchemaTsk" };

        Assert.IsFalse(task.Execute());
        var error = engine.Errors.Single();
        Assert.AreEqual("TSK1001", error.Code);
        StringAssert.Contains(error.Message, "SchemaTask");
    }

    [TestMethod]
    public void Schema_is_written_as_json()
    {
        using var files = new TestProfiles();
        var engine = new RecordingBuildEngine();
        var output = Path.Combine(files.Directory, "schema", "tasker.schema.json");
        var task = new GenerateTaskerSchema { BuildEngine = engine, AssemblyPath = TestAssembly, OutputFile = output };

        Assert.IsTrue(task.Execute(), string.Join("\n", engine.Errors.Select(error => error.Message)));
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        Assert.IsTrue(document.RootElement.GetProperty("definitions").TryGetProperty(typeof(SchemaTask).FullName!, out _));
        Assert.IsTrue(engine.Warnings.Any(warning => warning.Code == "TSK0603"), "the task whose Define throws is left out with a warning");
    }

    [TestMethod]
    public void Missing_output_assembly_is_an_error()
    {
        var engine = new RecordingBuildEngine();
        var task = new GenerateTaskerSchema { BuildEngine = engine, AssemblyPath = Path.Combine(Path.GetTempPath(), "no-such-assembly.dll"), OutputFile = "x.json" };

        Assert.IsFalse(task.Execute());
        Assert.AreEqual("TSK1005", engine.Errors.Single().Code);
    }
}
