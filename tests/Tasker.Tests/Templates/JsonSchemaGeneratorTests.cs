using System.Text.Json;
using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Tasks;
using Tasker.Templates;
using Tasker.Tests.Support;
using Tasker.Tests.Support.Schemas;

namespace Tasker.Tests.Templates;

/// <summary>The JSON Schema describes the launcher keys and every task's table.</summary>
[TestClass]
public sealed class JsonSchemaGeneratorTests
{
    private static (JsonElement Root, List<Diagnostic> Diagnostics) Generate()
    {
        var catalog = BuiltInTasks.CatalogWith([typeof(JsonSchemaGeneratorTests).Assembly]);
        var diagnostics = new List<Diagnostic>();
        var text = JsonSchemaGenerator.Generate(TaskSchemaSource.All(catalog, new SourceLocation("test.csproj", 0, 0), diagnostics));
        return (JsonDocument.Parse(text).RootElement.Clone(), diagnostics);
    }

    [TestMethod]
    public void Task_table_has_its_keys_types_defaults_and_required_keys()
    {
        var (root, _) = Generate();
        var task = root.GetProperty("definitions").GetProperty(typeof(SchemaTask).FullName!);
        var properties = task.GetProperty("properties");
        Assert.AreEqual("string", properties.GetProperty("name").GetProperty("type").GetString());
        Assert.AreEqual("Who to greet.", properties.GetProperty("name").GetProperty("description").GetString());
        Assert.AreEqual(3, properties.GetProperty("count").GetProperty("default").GetInt32());
        Assert.AreEqual("integer", properties.GetProperty("count").GetProperty("anyOf")[0].GetProperty("type").GetString());
        Assert.AreEqual("#/definitions/typed-string", properties.GetProperty("count").GetProperty("anyOf")[1].GetProperty("$ref").GetString());
        Assert.AreEqual("array", properties.GetProperty("tags").GetProperty("anyOf")[0].GetProperty("type").GetString());
        Assert.AreEqual("object", properties.GetProperty("server").GetProperty("type").GetString());
        Assert.AreEqual("host", properties.GetProperty("server").GetProperty("required")[0].GetString());
        Assert.AreEqual("object", properties.GetProperty("stages").GetProperty("items").GetProperty("type").GetString());
        CollectionAssert.AreEqual(new[] { "name" }, task.GetProperty("required").EnumerateArray().Select(item => item.GetString()).ToArray());
    }

    [TestMethod]
    public void Launcher_keys_and_task_references_are_described()
    {
        var (root, _) = Generate();
        var entry = root.GetProperty("properties").GetProperty("__meta__").GetProperty("items");
        var references = entry.GetProperty("properties").GetProperty("reference").GetProperty("examples").EnumerateArray().Select(item => item.GetString()).ToList();
        CollectionAssert.Contains(references, typeof(SchemaTask).FullName);
        CollectionAssert.Contains(references, "tasker.tasks.containers.ForkTask", "built-in aliases of the Python docs");
        Assert.AreEqual("boolean", entry.GetProperty("properties").GetProperty("execute").GetProperty("type").GetString());
        Assert.AreEqual("reference", entry.GetProperty("required")[0].GetString());
        Assert.AreEqual("array", root.GetProperty("properties").GetProperty("__meta__").GetProperty("type").GetString());
    }

    [TestMethod]
    public void The_launcher_tables_are_described_from_the_definitions_the_reader_checks_them_with()
    {
        var (root, _) = Generate();
        var properties = root.GetProperty("properties");
        var entry = properties.GetProperty("__meta__").GetProperty("items").GetProperty("properties");

        CollectionAssert.AreEqual(LauncherTables.Names(LauncherTables.Entry), entry.EnumerateObject().Select(property => property.Name).ToArray());
        Assert.AreEqual("integer", entry.GetProperty("max_retries").GetProperty("type").GetString(), "an entry is read as written: no typed strings");
        var log = properties.GetProperty("__setting__").GetProperty("properties").GetProperty("log").GetProperty("properties");
        Assert.AreEqual("TRACE", log.GetProperty("level").GetProperty("default").GetString());
        CollectionAssert.Contains(log.GetProperty("level").GetProperty("enum").EnumerateArray().Select(item => item.GetString()).ToList(), "WARNING");
        foreach (var header in LauncherTables.Header)
        {
            Assert.AreEqual("string", properties.GetProperty(header.Name).GetProperty("type").GetString(), header.Name);
        }
    }

    [TestMethod]
    public void A_fork_branch_is_described_with_the_locating_keys_an_entry_has()
    {
        var (root, _) = Generate();
        var branch = root.GetProperty("definitions").GetProperty(typeof(ForkTask).FullName!)
            .GetProperty("properties").GetProperty("tasks").GetProperty("items").GetProperty("properties");

        foreach (var key in new[] { "include", "path", "profile" })
        {
            Assert.IsTrue(branch.TryGetProperty(key, out _), key);
        }

        Assert.AreEqual("#/definitions/typed-string", branch.GetProperty("max_retries").GetProperty("anyOf")[1].GetProperty("$ref").GetString(), "a branch's values may be typed strings");
    }

    [TestMethod]
    public void Files_and_time_limits_are_described_in_every_form_the_reader_takes()
    {
        var (root, _) = Generate();
        var entry = root.GetProperty("properties").GetProperty("__meta__").GetProperty("items").GetProperty("properties");
        var branch = root.GetProperty("definitions").GetProperty(typeof(ForkTask).FullName!)
            .GetProperty("properties").GetProperty("tasks").GetProperty("items").GetProperty("properties");
        var map = root.GetProperty("definitions").GetProperty(typeof(MapTask).FullName!).GetProperty("properties");

        foreach (var files in new[] { entry.GetProperty("inputs"), entry.GetProperty("outputs"), branch.GetProperty("inputs"), map.GetProperty("outputs") })
        {
            var forms = files.GetProperty("anyOf");
            Assert.AreEqual("string", forms[0].GetProperty("type").GetString());
            Assert.AreEqual("array", forms[1].GetProperty("type").GetString());
            Assert.AreEqual("string", forms[1].GetProperty("items").GetProperty("type").GetString());
        }

        var timeout = entry.GetProperty("timeout").GetProperty("anyOf");
        Assert.AreEqual("number", timeout[0].GetProperty("type").GetString());
        var pattern = new System.Text.RegularExpressions.Regex(timeout[1].GetProperty("pattern").GetString()!);
        foreach (var text in new[] { "90", "1.5", "250ms", "90s", "5m", "2min", "1h", " 3 S ", "10MS", "-1s", "5 minutes", "1.5.2s", "s", "1d", "" })
        {
            Assert.AreEqual(Tasker.Requests.DurationParser.TryParse(text, out _), pattern.IsMatch(text), $"the editor and the reader agree on \"{text}\"");
        }
    }

    [TestMethod]
    public void A_file_naming_a_task_in_its_schema_key_is_checked_as_that_task()
    {
        var (root, _) = Generate();
        var rule = root.GetProperty("allOf").EnumerateArray()
            .Single(item => item.GetProperty("if").GetProperty("properties").GetProperty("__schema__").GetProperty("const").GetString() == typeof(SchemaTask).FullName);
        Assert.AreEqual($"#/definitions/{typeof(SchemaTask).FullName}", rule.GetProperty("then").GetProperty("$ref").GetString());
    }

    [TestMethod]
    public void A_function_task_is_described_by_its_parameters_and_named_by_its_method()
    {
        var (root, _) = Generate();
        var name = $"{typeof(SampleFunctions).FullName}.{nameof(SampleFunctions.Greet)}";

        var function = root.GetProperty("definitions").GetProperty(name);

        Assert.AreEqual("string", function.GetProperty("properties").GetProperty("name").GetProperty("type").GetString());
        Assert.AreEqual(1, function.GetProperty("properties").GetProperty("times").GetProperty("default").GetInt32());
        Assert.IsFalse(function.GetProperty("properties").TryGetProperty("context", out _), "the context is not a profile key");
        var references = root.GetProperty("properties").GetProperty("__meta__").GetProperty("items").GetProperty("properties").GetProperty("reference").GetProperty("examples").EnumerateArray().Select(item => item.GetString()).ToList();
        CollectionAssert.Contains(references, name);
    }

    [TestMethod]
    public void A_function_that_cannot_be_a_task_is_left_out_with_a_warning()
    {
        var (root, diagnostics) = Generate();
        var name = $"{typeof(SampleFunctions).FullName}.{nameof(SampleFunctions.WrongReturnType)}";

        Assert.IsFalse(root.GetProperty("definitions").TryGetProperty(name, out _));
        var warning = diagnostics.Single(diagnostic => diagnostic.Message.StartsWith(name, StringComparison.Ordinal));
        Assert.AreEqual(("TSK0603", false), (warning.Code, warning.IsError));
    }

    [TestMethod]
    public void Task_whose_define_throws_is_left_out_with_a_warning()
    {
        var (root, diagnostics) = Generate();
        Assert.IsFalse(root.GetProperty("definitions").TryGetProperty(typeof(ThrowingDefineTask).FullName!, out _));
        var warning = diagnostics.Single(diagnostic => diagnostic.Message.Contains(typeof(ThrowingDefineTask).FullName!, StringComparison.Ordinal));
        Assert.AreEqual(("TSK0603", false), (warning.Code, warning.IsError));
    }
}
