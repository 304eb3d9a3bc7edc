using Microsoft.Extensions.Logging;
using Tasker.Testing;

namespace Tasker.Tests.Testing;

[TestClass]
public sealed class TaskTestTests
{
    [TestMethod]
    public void A_task_run_returns_what_it_provided_and_logged()
    {
        var run = TaskTest.Run(new GreetingTask(), "name = \"Ada\"", new TestStorage([new("punctuation", "!")]));

        Assert.IsTrue(run.Invoked);
        Assert.IsTrue(run.Succeeded, string.Join("; ", run.Log));
        Assert.AreEqual(Return.Success, run.Return);
        Assert.AreEqual("Hello Ada!", run.Storage.Get<string>("greeting"));
        Assert.IsTrue(run.Log.Any(record => record.Level == LogLevel.Information && record.Message.Contains("Greeting Ada", StringComparison.Ordinal)), string.Join("; ", run.Log));
    }

    [TestMethod]
    public void Writing_a_key_the_task_did_not_declare_fails_as_in_a_pipeline()
    {
        var run = TaskTest.Run(new GreetingTask(), "name = \"Ada\"\nmode = \"undeclared\"");

        Assert.IsTrue(run.Failed);
        Assert.AreEqual("TSK3001", run.Errors.Single().Code);
        Assert.IsFalse(run.Storage.Contains("secret"));
    }

    [TestMethod]
    public void A_profile_that_does_not_match_the_schema_stops_before_the_task_runs()
    {
        var task = new GreetingTask();

        var run = TaskTest.Run(task, "nmae = \"Ada\"");

        Assert.IsFalse(run.Invoked);
        Assert.IsTrue(run.Failed);
        Assert.AreEqual(0, task.Invocations);
        CollectionAssert.Contains(run.Errors.Select(record => record.Code).ToList(), "TSK0020");
        Assert.IsTrue(run.Warnings.Any(record => record.Code == "TSK0023" && record.Message.Contains("name", StringComparison.Ordinal)), string.Join("; ", run.Log));
    }

    [TestMethod]
    public void A_logged_error_fails_the_run()
    {
        var run = TaskTest.Run(new GreetingTask(), TaskTest.Profile(new Dictionary<string, object?> { ["name"] = "Ada", ["mode"] = "fail" }));

        Assert.IsTrue(run.Failed);
        Assert.AreEqual("TSK2005", run.Errors.Single().Code);
        StringAssert.Contains(run.Errors.Single().Message, "Cannot greet Ada.");
    }

    [TestMethod]
    public void Retry_invokes_the_task_again_as_a_pipeline_does()
    {
        var task = new GreetingTask();

        var run = TaskTest.Run(task, "name = \"Ada\"\nmode = \"retry-once\"");

        Assert.AreEqual(2, task.Invocations);
        Assert.IsTrue(run.Succeeded);
        Assert.AreEqual("Hello Ada.", run.Storage.Get<string>("greeting"));
    }

    [TestMethod]
    public void A_function_task_gets_its_profile_keys_as_arguments()
    {
        var run = TaskTest.RunFunction(GreetingFunctions.Greet, "name = \"Ada\"\ntimes = 2");

        Assert.IsTrue(run.Succeeded, string.Join("; ", run.Log));
        Assert.AreEqual("Hello Ada. Hello Ada.", run.Storage.Get<string>("greeting"));
    }

    [TestMethod]
    public void A_method_without_the_attribute_is_refused_with_the_fix()
    {
        var exception = Assert.ThrowsExactly<TaskTestException>(() => TaskTest.RunFunction(GreetingFunctions.NotATask, "name = \"Ada\""));

        StringAssert.Contains(exception.Message, "[TaskerFunction]");
    }

    [TestMethod]
    public void Typed_values_in_the_text_are_evaluated_as_in_a_pipeline()
    {
        var profile = TaskTest.Profile("count = \"8$I\"\n[inner]\nratio = \"0.5$F\"");

        Assert.AreEqual(8L, profile.Get<long>("count"));
        Assert.AreEqual(0.5, profile.Get<Profile>("inner").Get<double>("ratio"));
    }

    [TestMethod]
    public void Invalid_toml_is_the_test_s_mistake_with_the_code_and_place()
    {
        var exception = Assert.ThrowsExactly<TaskTestException>(() => TaskTest.Profile("a = 1\na = 2"));

        StringAssert.Contains(exception.Message, "TSK0002");
        StringAssert.Contains(exception.Message, "(2,");
    }

    [TestMethod]
    public void A_dictionary_profile_holds_nested_tables_and_arrays()
    {
        var profile = TaskTest.Profile(new Dictionary<string, object?>
        {
            ["count"] = 3,
            ["inner"] = new Dictionary<string, object?> { ["flag"] = true },
            ["names"] = new[] { "a", "b" },
        });

        Assert.AreEqual(3L, profile.Get<long>("count"));
        Assert.IsTrue(profile.Get<Profile>("inner").Get<bool>("flag"));
        CollectionAssert.AreEqual(new[] { "a", "b" }, profile.Get<string[]>("names"));
        Assert.ThrowsExactly<ArgumentException>(() => TaskTest.Profile(new Dictionary<string, object?> { ["when"] = TimeSpan.Zero }));
    }

    [TestMethod]
    public void A_build_context_set_by_the_test_reaches_the_task_and_its_C_values()
    {
        var build = new BuildContext { ProjectDirectory = "/work/consumer", Configuration = "Release", Properties = new Dictionary<string, string> { ["Version"] = "2.0.0" } };

        var run = TaskTest.Run(new Support.BuildContextTask(), "version = \"Version$C\"", build: build);

        Assert.IsTrue(run.Succeeded, string.Join("\n", run.Log));
        var facts = run.Storage.Get<string>("facts");
        StringAssert.Contains(facts, "project directory: /work/consumer");
        StringAssert.Contains(facts, "configuration: Release");
        StringAssert.Contains(facts, "value version: 2.0.0 (String)");
    }

    [TestMethod]
    public void A_function_task_sees_the_build_context_set_by_the_test_and_none_without_it()
    {
        var build = new BuildContext { TargetFramework = "net10.0" };

        var withContext = TaskTest.RunFunction(Support.SampleFunctions.DescribeBuild, build: build);
        var without = TaskTest.RunFunction(Support.SampleFunctions.DescribeBuild);

        StringAssert.Contains(withContext.Storage.Get<string>("facts"), "target framework: net10.0");
        StringAssert.Contains(without.Storage.Get<string>("facts"), "target framework: \n");
    }
}
