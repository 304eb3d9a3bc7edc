using Tasker.TaskLookup;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Functions;

[TestClass]
public sealed class FunctionTaskTests
{
    private const string Functions = "Tasker.Tests.Support.SampleFunctions.";

    [TestMethod]
    public void Parameters_become_profile_keys_with_defaults_and_the_context_gives_storage()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta(Functions + "Greet", "profile = \"greet\"") + ProfileText.Meta("Tasker.Tests.Support.RequiringTask") + "[greet]\nname = \"Ada\"\ntimes = 2\n");
        var defaults = files.Write("q.toml", ProfileText.Meta(Functions + "Greet", "profile = \"greet\"") + ProfileText.Meta("Tasker.Tests.Support.RequiringTask") + "[greet]\nname = \"Bob\"\n");

        var (result, events) = PipelineHarness.Run(path);
        var (defaultResult, defaultEvents) = PipelineHarness.Run(defaults);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("saw Hello Ada. Hello Ada.", StringComparison.Ordinal)));
        Assert.IsTrue(defaultResult.Succeeded, string.Join("\n", defaultEvents.Diagnostics));
        Assert.IsTrue(defaultEvents.Messages.Any(message => message.Text.EndsWith("saw Hello Bob.", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_missing_or_mistyped_key_is_an_error_at_its_place()
    {
        using var files = new TestProfiles();
        var missing = files.Write("p.toml", ProfileText.Meta(Functions + "Greet", "profile = \"greet\"") + "[greet]\ntimes = 2\n");
        var mistyped = files.Write("q.toml", ProfileText.Meta(Functions + "Greet", "profile = \"greet\"") + "[greet]\nname = \"Ada\"\ntimes = \"two\"\n");

        var (missingResult, missingEvents) = PipelineHarness.Run(missing);
        var (mistypedResult, mistypedEvents) = PipelineHarness.Run(mistyped);

        // The function's parameters are its schema, so both mistakes are found before anything runs.
        Assert.IsFalse(missingResult.Succeeded);
        Assert.AreEqual(0, missingResult.TasksRun);
        var error = missingEvents.Diagnostics.Single();
        Assert.AreEqual("TSK0020", error.Code);
        StringAssert.Contains(error.Message, "'name'");
        Assert.IsFalse(mistypedResult.Succeeded);
        Assert.AreEqual(0, mistypedResult.TasksRun);
        var typeError = mistypedEvents.Diagnostics.Single();
        Assert.AreEqual("TSK0021", typeError.Code);
        Assert.AreEqual(6, typeError.Location.Line);
    }

    [TestMethod]
    public void Return_values_and_exceptions_of_a_function_are_those_of_a_task()
    {
        using var files = new TestProfiles();
        var refuse = files.Write("p.toml", ProfileText.Meta(Functions + "Refuse", "profile = \"t\"") + "[t]\nrefuse = true\n");
        var thrown = files.Write("q.toml", ProfileText.Meta(Functions + "Throw"));

        var (refuseResult, refuseEvents) = PipelineHarness.Run(refuse);
        var (thrownResult, thrownEvents) = PipelineHarness.Run(thrown);

        Assert.IsFalse(refuseResult.Succeeded);
        Assert.AreEqual("TSK2001", refuseEvents.Diagnostics.Single().Code);
        Assert.IsFalse(thrownResult.Succeeded);
        var error = thrownEvents.Diagnostics.Single();
        Assert.AreEqual("TSK2002", error.Code);
        StringAssert.Contains(error.Message, "InvalidOperationException: function failed");
    }

    [TestMethod]
    public void Methods_that_cannot_be_tasks_are_reported_at_the_reference()
    {
        using var files = new TestProfiles();
        foreach (var (method, words) in new[] { ("WrongReturnType", "returns Int32"), ("NotMarked", "not marked [TaskerFunction]") })
        {
            var path = files.Write($"{method}.toml", "\n" + ProfileText.Meta(Functions + method));

            var (result, events) = PipelineHarness.Run(path);

            Assert.IsFalse(result.Succeeded);
            var error = events.Diagnostics.Single();
            Assert.AreEqual("TSK4006", error.Code);
            Assert.AreEqual(3, error.Location.Line);
            StringAssert.Contains(error.Message, words);
        }
    }

    [TestMethod]
    public void A_function_can_be_the_task_of_a_container()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + ProfileText.Meta("Tasker.Tasks.MapTask", "profile = \"map\"") + $"""
            [fork]
            reference = "Tasker.Tests.Support.NumberTask"
            [[fork.tasks]]
            profile = "a"
            [fork.a]
            number = 7
            [map]
            reference = "{Functions}Square"
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("squared 7", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void The_schema_lists_the_parameters_but_not_the_context()
    {
        var catalog = BuiltInTasks.CatalogWith([typeof(FunctionTaskTests).Assembly]);

        var activator = catalog.ResolveActivator(Functions + "Greet", default);
        var task = activator.Create(default);

        Assert.IsInstanceOfType<FunctionTaskActivator>(activator);
        var definitions = task.Define().ToList();
        CollectionAssert.AreEqual(new[] { "name", "times" }, definitions.Select(definition => definition.Name).ToArray());
        Assert.IsTrue(definitions[0].IsRequired);
        Assert.AreEqual(1, definitions[1].Default);
        CollectionAssert.AreEqual(new[] { "greeting" }, task.Provide().ToArray());
    }
}
