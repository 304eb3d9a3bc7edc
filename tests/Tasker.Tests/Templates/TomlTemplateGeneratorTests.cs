using Tasker.Diagnostics;
using Tasker.Profiles;
using Tasker.TaskLookup;
using Tasker.Tasks;
using Tasker.Templates;
using Tasker.Tests.Support;
using Tasker.Tests.Support.Schemas;

namespace Tasker.Tests.Templates;

/// <summary>A task's template names every defined key with its default and description, and is itself a valid profile of the task.</summary>
[TestClass]
public sealed class TomlTemplateGeneratorTests
{
    private static readonly TaskCatalog Catalog = BuiltInTasks.CatalogWith([typeof(TomlTemplateGeneratorTests).Assembly]);

    private static string Template<TTask>() =>
        TomlTemplateGenerator.Generate(typeof(TTask).FullName!, TaskSchemaSource.For(Catalog, typeof(TTask).FullName!, new SourceLocation("test.csproj", 0, 0)));

    [TestMethod]
    public void Template_has_every_key_with_its_default_including_lists_tables_and_arrays_of_tables()
    {
        var text = Template<SchemaTask>();
        var profile = new Profile(TomlProfileReader.ReadText(text, "template.toml"));

        Assert.AreEqual(typeof(SchemaTask).FullName, profile.Get<string>("__schema__"));
        Assert.AreEqual(string.Empty, profile.Get<string>("name"), "a required key gets a placeholder of its type");
        Assert.AreEqual(3, profile.Get<int>("count"));
        Assert.AreEqual(0.5, profile.Get<double>("ratio"));
        Assert.IsTrue(profile.Get<bool>("enabled"));
        Assert.AreEqual(0, profile.Get<string[]>("tags").Length);
        Assert.AreEqual("Information", profile.Get<string>("level"));
        Assert.AreEqual(80, profile.Get<Profile>("server").Get<int>("port"));
        Assert.AreEqual(0, profile.Get<IReadOnlyList<Profile>>("stages").Single().Get<int>("retries"));
        StringAssert.Contains(text, "# Who to greet. (string; required)");
        StringAssert.Contains(text, "one of Trace, Debug, Information");
        StringAssert.Contains(text, "[[stages]]");
    }

    [TestMethod]
    public void Template_of_an_options_class_uses_its_key_names_and_defaults()
    {
        var profile = new Profile(TomlProfileReader.ReadText(Template<OptionsTask>(), "template.toml"));
        Assert.AreEqual(3, profile.Get<int>("repeat_count"));
        Assert.AreEqual("localhost", profile.Get<Profile>("server").Get<string>("host"));
        Assert.IsFalse(profile.ContainsKey("greeting-text"), "an optional key without default is only shown in a comment");
        StringAssert.Contains(Template<OptionsTask>(), "# greeting-text = \"\"\n");
        Assert.AreEqual("build", profile.Get<IReadOnlyList<Profile>>("stages").Single().Get<string>("stage"));
    }

    [TestMethod]
    public void Default_list_of_scalars_is_written_as_an_array() =>
        StringAssert.Contains(TomlTemplateGenerator.Generate("X", [Definition.Value("ports", typeof(int[]), new[] { 80, 443 }), Definition.Value("names", typeof(List<string>), new List<string> { "a\"b" })]), "ports = [80, 443]\n");

    [TestMethod]
    public void Strings_and_keys_are_escaped()
    {
        var text = TomlTemplateGenerator.Generate("X", [Definition.Value("odd key", typeof(string), "a\"b\\c\n")]);
        var profile = new Profile(TomlProfileReader.ReadText(text, "t.toml"));
        Assert.AreEqual("a\"b\\c\n", profile.Get<string>("odd key"));
    }

    [TestMethod]
    public void Task_without_definitions_says_so() =>
        StringAssert.Contains(Template<ValueEchoTask>(), "defines no keys");

    [TestMethod]
    [DataRow(typeof(SchemaTask))]
    [DataRow(typeof(OptionsTask))]
    public void Template_included_from_a_launcher_profile_passes_the_check_before_the_run(Type taskType)
    {
        using var files = new TestProfiles();
        files.Write("task.toml", TomlTemplateGenerator.Generate(taskType.FullName!, TaskSchemaSource.For(Catalog, taskType.FullName!, default)));
        var path = files.Write("p.toml", $"[[__meta__]]\nreference = \"{taskType.FullName}\"\ninclude = true\npath = \"task.toml\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.AreEqual(0, events.Diagnostics.Count, string.Join("\n", events.Diagnostics));
    }

    [TestMethod]
    public void Unknown_reference_is_a_diagnostic()
    {
        var exception = Assert.ThrowsExactly<DiagnosticException>(() => TaskSchemaSource.For(Catalog, "No.Such.Task", default));
        Assert.AreEqual("TSK1001", exception.Diagnostic.Code);
    }

    [TestMethod]
    public void Failing_define_is_a_template_diagnostic()
    {
        var exception = Assert.ThrowsExactly<DiagnosticException>(() => TaskSchemaSource.For(Catalog, typeof(ThrowingDefineTask).FullName!, default));
        Assert.AreEqual("TSK0024", exception.Diagnostic.Code);
        StringAssert.Contains(exception.Diagnostic.Message, "schema is broken");
    }
}
