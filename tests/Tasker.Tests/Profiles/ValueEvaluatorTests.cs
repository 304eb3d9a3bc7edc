using Tasker.Diagnostics;
using Tasker.Profiles;
using Tasker.Profiles.Values;
using Tasker.TaskLookup;
using Tasker.Tasks;
using Tasker.Tests.Support;
using Tasker.Tests.Support.Schemas;

namespace Tasker.Tests.Profiles;

/// <summary>What each suffix evaluates to when its task is about to run, and the error at the value's place when it cannot.</summary>
[TestClass]
public sealed class ValueEvaluatorTests
{
    private static readonly TaskCatalog Catalog = BuiltInTasks.CatalogWith([typeof(ValueEvaluatorTests).Assembly]);

    private static object Resolve(string tomlValue, string path = "p.toml")
    {
        var table = TomlProfileReader.ReadText($"\nkey = {tomlValue}\n", path);
        Assert.IsTrue(ValueEvaluator.Resolve(table, Catalog).TryGetValue("key", out var raw));
        return raw;
    }

    private static Diagnostic Fails(string tomlValue, string path = "p.toml")
    {
        var exception = Assert.ThrowsExactly<DiagnosticException>(() => Resolve(tomlValue, path));
        return exception.Diagnostic;
    }

    private static void AssertAtValue(Diagnostic diagnostic, string code)
    {
        Assert.AreEqual(code, diagnostic.Code, diagnostic.Message);
        Assert.AreEqual((2, 7), (diagnostic.Location.Line, diagnostic.Location.Column), "the value's own place");
    }

    [TestMethod]
    [DataRow("\"8$I\"", 8L)]
    [DataRow("\"-12$I\"", -12L)]
    [DataRow("\"+3$I\"", 3L)]
    public void Integer(string value, long expected) => Assert.AreEqual(expected, Resolve(value));

    [TestMethod]
    [DataRow("\"8.5$I\"")]
    [DataRow("\"eight$I\"")]
    [DataRow("\"$I\"")]
    [DataRow("\"99999999999999999999$I\"")]
    public void Integer_rejects_text_that_is_not_a_whole_number(string value) => AssertAtValue(Fails(value), "TSK0010");

    [TestMethod]
    [DataRow("\"0.5$F\"", 0.5)]
    [DataRow("\"1e-3$F\"", 0.001)]
    [DataRow("\"7$F\"", 7.0)]
    [DataRow("\"-inf$F\"", double.NegativeInfinity)]
    public void Float(string value, double expected) => Assert.AreEqual(expected, Resolve(value));

    [TestMethod]
    [DataRow("\"half$F\"")]
    [DataRow("\"Infinity$F\"")]
    [DataRow("\"1,5$F\"")]
    public void Float_rejects_text_that_is_not_a_number(string value) => AssertAtValue(Fails(value), "TSK0010");

    [TestMethod]
    [DataRow("true", true)]
    [DataRow("YES", true)]
    [DataRow("On", true)]
    [DataRow("1", true)]
    [DataRow("false", false)]
    [DataRow("no", false)]
    [DataRow("OFF", false)]
    [DataRow("0", false)]
    public void Boolean_accepts_the_usual_words_in_any_case(string word, bool expected) =>
        Assert.AreEqual(expected, Resolve($"\"{word}$B\""));

    [TestMethod]
    [DataRow("2")]
    [DataRow("y")]
    [DataRow("")]
    [DataRow("truthy")]
    public void Boolean_rejects_anything_else(string word)
    {
        var diagnostic = Fails($"\"{word}$B\"");
        AssertAtValue(diagnostic, "TSK0010");
        StringAssert.Contains(diagnostic.Message, "yes/no");
    }

    [TestMethod]
    public void String_suffix_keeps_text_that_would_look_typed() => Assert.AreEqual("8$I", Resolve("'8\\$I$S'"));

    [TestMethod]
    public void Literal_dollar_text_stays_as_written() => Assert.AreEqual("costs $5", Resolve("\"costs $5\""));

    [TestMethod]
    public void Escapes_are_removed_from_literal_strings() => Assert.AreEqual("a$I,b", Resolve(@"'a\$I\,b'"));

    [TestMethod]
    [DoNotParallelize]
    public void Environment_variable()
    {
        var name = UniqueVariable();
        Environment.SetEnvironmentVariable(name, "hello");
        try
        {
            Assert.AreEqual("hello", Resolve($"\"{name}$E\""));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [TestMethod]
    [DoNotParallelize]
    public void Environment_variable_with_a_type()
    {
        var name = UniqueVariable();
        Environment.SetEnvironmentVariable(name, "8081");
        try
        {
            Assert.AreEqual(8081L, Resolve($"\"{name}:-8080$E$I\""));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [TestMethod]
    public void Environment_default_applies_when_unset() => Assert.AreEqual(8080L, Resolve($"\"{UniqueVariable()}:-8080$E$I\""));

    [TestMethod]
    public void Environment_default_may_be_text_with_a_dollar() => Assert.AreEqual("a$b", Resolve($"'{UniqueVariable()}:-a\\$b$E'"));

    [TestMethod]
    public void Environment_unset_without_default_is_an_error_at_the_value()
    {
        var name = UniqueVariable();
        var diagnostic = Fails($"\"{name}$E\"");
        AssertAtValue(diagnostic, "TSK0012");
        StringAssert.Contains(diagnostic.Message, name);
        StringAssert.Contains(diagnostic.Message, ":-");
        Assert.IsFalse(diagnostic.Message.Contains("build", StringComparison.OrdinalIgnoreCase), "the engine's words fit every host: " + diagnostic.Message);
    }

    [TestMethod]
    public void Environment_value_of_the_wrong_kind_is_an_error() =>
        AssertAtValue(Fails($"\"{UniqueVariable()}:-many$E$I\""), "TSK0010");

    [TestMethod]
    public void Path_reads_a_table_relative_to_the_naming_file()
    {
        using var files = new TestProfiles();
        files.Write("sub/inner.toml", "size = \"4$I\"\n");
        var main = files.Write("main.toml", "key = \"sub/inner.toml$P\"\n");
        var table = (ProfileTable)Resolve("\"sub/inner.toml$P\"", main);
        Assert.IsTrue(table.TryGetValue("size", out var size));
        Assert.AreEqual(4L, size, "values of the included file are typed too");
    }

    [TestMethod]
    public void Path_in_an_included_file_is_relative_to_that_file()
    {
        using var files = new TestProfiles();
        files.Write("a/b/leaf.toml", "leaf = true\n");
        files.Write("a/middle.toml", "next = \"b/leaf.toml$P\"\n");
        var main = files.Write("main.toml", string.Empty);
        var middle = (ProfileTable)Resolve("\"a/middle.toml$P\"", main);
        Assert.IsTrue(middle.TryGetValue("next", out var next));
        Assert.IsInstanceOfType<ProfileTable>(next);
    }

    [TestMethod]
    public void Path_to_a_missing_file_is_an_error_at_the_value()
    {
        using var files = new TestProfiles();
        AssertAtValue(Fails("\"nope.toml$P\"", Path.Combine(files.Directory, "main.toml")), "TSK0013");
    }

    [TestMethod]
    public void Include_cycle_is_an_error_naming_the_cycle()
    {
        using var files = new TestProfiles();
        files.Write("a.toml", "b = \"b.toml$P\"\n");
        files.Write("b.toml", "a = \"a.toml$P\"\n");
        var main = files.Write("main.toml", string.Empty);
        var diagnostic = Fails("\"a.toml$P\"", main);
        Assert.AreEqual("TSK0014", diagnostic.Code);
        StringAssert.Contains(diagnostic.Message, "a.toml -> b.toml -> a.toml");
        Assert.AreEqual(Path.Combine(files.Directory, "b.toml"), diagnostic.Location.File);
    }

    [TestMethod]
    public void Type_reference() => Assert.AreEqual(typeof(GreeterTask), Resolve($"\"{typeof(GreeterTask).FullName}$R\""));

    [TestMethod]
    public void Type_reference_finds_framework_types() => Assert.AreEqual(typeof(Math), Resolve("\"System.Math$R\""));

    [TestMethod]
    public void Unknown_type_reference_is_an_error_at_the_value() => AssertAtValue(Fails("\"No.Such.Type$R\""), "TSK0015");

    [TestMethod]
    public void Task_instance_with_constructor_arguments()
    {
        var task = (GreeterTask)Resolve($"\"{typeof(GreeterTask).FullName}$T$hi,3\"");
        Assert.AreEqual(("hi", 3), (task.Greeting, task.Times));
    }

    [TestMethod]
    public void Task_instance_with_arguments_no_constructor_takes() =>
        AssertAtValue(Fails($"\"{typeof(GreeterTask).FullName}$T$hi,many\""), "TSK0018");

    [TestMethod]
    public void Task_instance_of_a_type_that_is_not_a_task() =>
        AssertAtValue(Fails($"\"{typeof(ServerOptions).FullName}$T\""), "TSK0019");

    [TestMethod]
    [DataRow("Tasker.Tasks.StorageKeyCopyTask")]
    [DataRow("Tasker.Tasks.StorageKeyMoveTask")]
    [DataRow("Tasker.Tasks.StorageKeyDeleteTask")]
    public void Task_instance_of_a_key_task_without_its_keys_is_an_error_at_the_value(string type) =>
        AssertAtValue(Fails($"\"{type}$T\""), "TSK4005");

    [TestMethod]
    public void Task_instance_of_a_key_task_with_its_keys_as_arguments() =>
        Assert.AreEqual("b", ((ITask)Resolve("\"Tasker.Tasks.StorageKeyMoveTask$T$a,b\"")).Provide().Single());

    [TestMethod]
    public void Method_call_converts_arguments_to_the_parameters() =>
        Assert.AreEqual(5L, Resolve($"\"2,3$M${typeof(ValueMethods).FullName}.Sum\""));

    [TestMethod]
    public void Method_call_argument_types_choose_the_overload() =>
        Assert.AreEqual("2+3", Resolve($"\"2,3$M${typeof(ValueMethods).FullName}.Sum$S,S\""));

    [TestMethod]
    public void Method_call_without_arguments() =>
        Assert.AreEqual(42L, Resolve($"\"$M${typeof(ValueMethods).FullName}.Answer\""));

    [TestMethod]
    public void Method_call_with_an_escaped_comma() =>
        Assert.AreEqual("a,ba,b", Resolve($"'a\\,b$M${typeof(ValueMethods).FullName}.Twice'"));

    [TestMethod]
    public void Method_that_does_not_exist_suggests_a_name()
    {
        var diagnostic = Fails($"\"1$M${typeof(ValueMethods).FullName}.Twise\"");
        AssertAtValue(diagnostic, "TSK0016");
        StringAssert.Contains(diagnostic.Message, "'Twice'");
    }

    [TestMethod]
    public void Method_that_throws_is_an_error_at_the_value()
    {
        var diagnostic = Fails($"\"$M${typeof(ValueMethods).FullName}.Fail\"");
        AssertAtValue(diagnostic, "TSK0017");
        StringAssert.Contains(diagnostic.Message, "no luck");
    }

    [TestMethod]
    public void Method_returning_nothing_is_an_error() =>
        AssertAtValue(Fails($"\"$M${typeof(ValueMethods).FullName}.Nothing\""), "TSK0016");

    [TestMethod]
    public void Typed_values_inside_arrays_and_inline_tables_resolve()
    {
        var table = TomlProfileReader.ReadText("list = [\"1$I\", \"x\"]\ninner = { flag = \"on$B\" }\n", "p.toml");
        var resolved = ValueEvaluator.Resolve(table, Catalog);
        var profile = new Profile(resolved);
        CollectionAssert.AreEqual(new object[] { 1L, "x" }, profile.Get<List<object>>("list"));
        Assert.IsTrue(profile.Get<Profile>("inner").Get<bool>("flag"));
    }

    [TestMethod]
    public void Table_without_typed_values_is_not_copied()
    {
        var table = TomlProfileReader.ReadText("a = 1\nb = \"plain\"\n[c]\nd = [1, 2]\n", "p.toml");
        Assert.AreSame(table, ValueEvaluator.Resolve(table, Catalog));
    }

    [TestMethod]
    public void Check_reports_every_problem_and_defers_the_environment()
    {
        var table = TomlProfileReader.ReadText($"a = \"x$I\"\nb = \"y$B\"\nc = \"{UniqueVariable()}$E$I\"\nd = \"1$X\"\n", "p.toml");
        var diagnostics = new List<Diagnostic>();
        var checkedTable = ValueEvaluator.Check(table, Catalog, diagnostics);
        CollectionAssert.AreEqual(new[] { ("TSK0010", 1), ("TSK0010", 2), ("TSK0011", 4) }, diagnostics.Select(d => (d.Code, d.Location.Line)).ToArray());
        Assert.IsTrue(checkedTable.TryGetValue("c", out var deferred));
        Assert.AreEqual(typeof(long), ((DeferredValue)deferred).Type);
    }

    private static string UniqueVariable() => "TASKER_TEST_" + Guid.NewGuid().ToString("N");
}
