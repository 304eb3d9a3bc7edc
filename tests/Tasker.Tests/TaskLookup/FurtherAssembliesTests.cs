using Tasker.Diagnostics;
using Tasker.Tasks;

namespace Tasker.Tests.TaskLookup;

/// <summary>The assemblies a host offers beyond the output assembly's references: read only for a name the first ones lack.</summary>
[TestClass]
public sealed class FurtherAssembliesTests
{
    private static readonly SourceLocation Here = new("p.toml", 2, 1);

    [TestMethod]
    public void A_task_only_a_further_assembly_has_is_found_there()
    {
        var asked = 0;
        var catalog = BuiltInTasks.CatalogWith([typeof(ITask).Assembly], () =>
        {
            asked++;
            return [typeof(FurtherAssembliesTests).Assembly];
        });

        Assert.AreEqual(typeof(Support.ProvidingTask), catalog.Resolve("Tasker.Tests.Support.ProvidingTask", Here));
        Assert.AreEqual(typeof(Support.ProvidingTask), catalog.Resolve("Tasker.Tests.Support.ProvidingTask", Here));
        Assert.AreEqual(1, asked, "the further assemblies are gathered once");
    }

    [TestMethod]
    public void Further_assemblies_are_not_gathered_while_the_first_ones_have_every_name()
    {
        var asked = 0;
        var catalog = BuiltInTasks.CatalogWith([typeof(FurtherAssembliesTests).Assembly], () =>
        {
            asked++;
            return [];
        });

        catalog.Resolve("Tasker.Tests.Support.ProvidingTask", Here);
        catalog.Resolve("Tasker.Tasks.StorageKeyCopyTask", Here);

        Assert.AreEqual(0, asked);
    }

    [TestMethod]
    public void An_unknown_name_lists_the_further_assemblies_where_it_looked()
    {
        var catalog = BuiltInTasks.CatalogWith([], () => [typeof(FurtherAssembliesTests).Assembly]);

        var error = Assert.ThrowsExactly<DiagnosticException>(() => catalog.Resolve("Nowhere.Task", Here)).Diagnostic;

        Assert.AreEqual("TSK1001", error.Code);
        StringAssert.Contains(error.Message, "found in Tasker.Tests or the built-in tasks");
    }
}
