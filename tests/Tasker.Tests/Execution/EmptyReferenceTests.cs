using Tasker.Diagnostics;
using Tasker.Planning;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>An empty reference (as a template leaves it) is a located profile error, never an internal one.</summary>
[TestClass]
public sealed class EmptyReferenceTests
{
    private static Diagnostic SingleError(string text)
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", text);
        var (result, events) = PipelineHarness.Run(path);
        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(0, result.TasksRun);
        var check = PlanBuilder.Check(path, BuiltInTasks.CatalogWith([typeof(PipelineHarness).Assembly]));
        CollectionAssert.AreEqual(events.Diagnostics.Where(d => d.IsError).ToArray(), check.Diagnostics.Where(d => d.IsError).ToArray(), "tasker check says the same");
        return events.Diagnostics.Single(diagnostic => diagnostic.IsError);
    }

    [TestMethod]
    [DataRow("\"\"")]
    [DataRow("\"   \"")]
    [DataRow("\"$T\"")]
    [DataRow("\"$T$a\"")]
    public void An_empty_entry_reference_is_an_error_at_the_value(string value)
    {
        var error = SingleError($"[[__meta__]]\nreference = {value}\n");

        Assert.AreEqual(("TSK0027", 2, 13), (error.Code, error.Location.Line, error.Location.Column), error.ToString());
        StringAssert.Contains(error.Message, "empty");
    }

    [TestMethod]
    [DataRow("Tasker.Tasks.ForkTask", "[c]\nreference = \"\"\n[[c.tasks]]\nprofile = \"x\"\n[c.x]\n")]
    [DataRow("Tasker.Tasks.MapTask", "[c]\nreference = \"\"\n")]
    [DataRow("Tasker.Tasks.ReduceTask", "[c]\nreference = \"\"\n")]
    public void An_empty_container_reference_is_an_error_at_the_value(string container, string table)
    {
        var error = SingleError(ProfileText.Meta(container, "profile = \"c\"") + table);

        Assert.AreEqual(("TSK0027", 5, 13), (error.Code, error.Location.Line, error.Location.Column), error.ToString());
        StringAssert.Contains(error.Message, "empty");
    }

    [TestMethod]
    public void A_container_template_used_as_it_is_says_to_fill_in_its_reference()
    {
        var template = Tasker.Templates.TomlTemplateGenerator.Generate("Tasker.Tasks.MapTask", [.. new MapTask().Define()]);
        StringAssert.Contains(template, "fill it in");

        var error = SingleError(ProfileText.Meta("Tasker.Tasks.MapTask", "profile = \"c\"") + template.Replace("__schema__", "[c]\n__schema__", StringComparison.Ordinal));

        Assert.AreEqual("TSK0027", error.Code, error.ToString());
    }
}
