using Example;
using Tasker.Testing;

namespace HelloPipeline.Tests;

[TestClass]
public sealed class ExampleTaskTests
{
    [TestMethod]
    public void Provides_the_example_text()
    {
        var run = TaskTest.Run(new ExampleTask(), "example = \"Hello from a test\"");

        Assert.IsTrue(run.Succeeded, string.Join(Environment.NewLine, run.Log));
        Assert.AreEqual("This is an example", run.Storage.Get<string>("example"));
    }

    [TestMethod]
    public void Needs_the_example_key()
    {
        var run = TaskTest.Run(new ExampleTask(), "");

        Assert.IsFalse(run.Invoked);
        Assert.AreEqual("TSK0020", run.Errors.Single().Code);
    }
}
