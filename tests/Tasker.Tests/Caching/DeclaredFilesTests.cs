using Tasker.Planning;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Caching;

/// <summary>'cache', 'inputs' and 'outputs' on an entry, a container and a branch: read into the plan, and checked before the run.</summary>
[TestClass]
public sealed class DeclaredFilesTests
{
    private const string Work = "Tasker.Tests.Support.CachedWorkTask";

    private static PipelineCheck Check(TestProfiles files, string profile) =>
        PlanBuilder.Check(files.Write("p.toml", profile), BuiltInTasks.CatalogWith([typeof(PipelineHarness).Assembly]));

    [TestMethod]
    public void An_entry_s_declarations_are_in_the_validated_plan_relative_to_its_profile()
    {
        using var files = new TestProfiles();
        var check = Check(files, $"[[__meta__]]\nreference = \"{Work}\"\nprofile = \"w\"\ncache = true\ninputs = [\"data/*.csv\", \"settings.json\"]\noutputs = \"out/report.txt\"\n[w]\nlog = \"x\"\n");

        Assert.IsTrue(check.Succeeded, string.Join("; ", check.Diagnostics));
        var entry = check.Plan.Single().Entry;
        Assert.IsTrue(entry.Cache);
        CollectionAssert.AreEqual(new[] { "data/*.csv", "settings.json" }, entry.Inputs.Select(input => input.Pattern).ToArray());
        Assert.AreEqual("out/report.txt", entry.Outputs.Single().Pattern);
        Assert.AreEqual(files.Directory, entry.Inputs[0].BaseDirectory);
        Assert.IsTrue(entry.Inputs[0].IsGlob);
        Assert.IsFalse(entry.Inputs[1].IsGlob);
        Assert.AreEqual(5, entry.Inputs[1].Location.Line);
    }

    [TestMethod]
    [DataRow("cache = \"yes\"", 3, 9, "'cache' is the string \"yes\", but the schema wants a boolean")]
    [DataRow("inputs = 3", 3, 10, "'inputs' must be a file or glob")]
    [DataRow("outputs = { a = 1 }", 3, 11, "'outputs' must be a file or glob")]
    [DataRow("inputs = [\"a.txt\", 4]", 3, 20, "is a integer, not a string")]
    [DataRow("outputs = [\"\"]", 3, 12, "is empty")]
    public void A_wrong_declaration_on_an_entry_is_an_error_at_its_place(string line, int errorLine, int column, string text)
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", $"[[__meta__]]\nreference = \"{Work}\"\n{line}\nprofile = \"w\"\n[w]\nlog = \"x\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(0, result.TasksRun);
        var error = events.Diagnostics.Single(diagnostic => diagnostic.IsError);
        Assert.AreEqual("TSK7001", error.Code);
        Assert.AreEqual((path, errorLine, column), (error.Location.File, error.Location.Line, error.Location.Column));
        StringAssert.Contains(error.Message, text);
    }

    [TestMethod]
    [DataRow("[f]\nreference = \"W\"\ninputs = 1\n[[f.tasks]]\nprofile = \"a\"\n", 6)]
    [DataRow("[f]\nreference = \"W\"\n[[f.tasks]]\nprofile = \"a\"\ncache = 1\n", 8)]
    [DataRow("[f]\nreference = \"W\"\n[[f.tasks]]\nprofile = \"a\"\noutputs = [true]\n", 8)]
    public void A_wrong_declaration_in_a_fork_or_branch_is_an_error_before_the_run(string fork, int errorLine)
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tasks.ForkTask\"\nprofile = \"f\"\n" + fork.Replace("\"W\"", $"\"{Work}\"", StringComparison.Ordinal) + "[a]\nlog = \"x\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(0, result.TasksRun, "nothing runs");
        var error = events.Diagnostics.Single(diagnostic => diagnostic.IsError);
        Assert.AreEqual("TSK7001", error.Code);
        Assert.AreEqual(errorLine, error.Location.Line);
    }

    [TestMethod]
    public void The_keys_are_known_so_no_unknown_key_warning()
    {
        using var files = new TestProfiles();
        var check = Check(files, $"[[__meta__]]\nreference = \"Tasker.Tasks.ForkTask\"\nprofile = \"f\"\ncache = true\n[f]\nreference = \"{Work}\"\ncache = true\ninputs = \"in.txt\"\n[[f.tasks]]\nprofile = \"a\"\ncache = false\noutputs = \"o.txt\"\n[a]\nlog = \"x\"\n");

        Assert.IsTrue(check.Succeeded, string.Join("; ", check.Diagnostics));
        Assert.IsEmpty(check.Diagnostics, string.Join("; ", check.Diagnostics));
    }

    [TestMethod]
    public void The_json_schema_for_editors_knows_the_keys()
    {
        using var document = System.Text.Json.JsonDocument.Parse(Tasker.Templates.JsonSchemaGenerator.Generate([]));
        var entry = document.RootElement.GetProperty("properties").GetProperty("__meta__").GetProperty("items").GetProperty("properties");

        Assert.AreEqual("boolean", entry.GetProperty("cache").GetProperty("type").GetString());
        StringAssert.Contains(entry.GetProperty("inputs").GetProperty("description").GetString(), "cache key");
        Assert.IsFalse(entry.GetProperty("outputs").TryGetProperty("type", out _), "a string or an array of strings");
    }
}
