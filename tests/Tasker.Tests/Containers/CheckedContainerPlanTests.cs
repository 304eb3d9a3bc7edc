using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Planning;
using Tasker.Profiles;
using Tasker.Storage;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Containers;

/// <summary>
/// A container runs the plan its check read when the run would read the same (everything written out in the profile),
/// and reads its table again when it would not: a typed value is resolved at run time, an included file is read then.
/// Each test changes the table or the file between the check and the run to tell the two apart.
/// </summary>
[TestClass]
public sealed class CheckedContainerPlanTests
{
    private const string Support = "Tasker.Tests.Support.";

    private static string Fork(string forkKeys, string branchB) =>
        ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
            [fork]
            reference = "{Support}NumberTask"
            {forkKeys}
            [[fork.tasks]]
            profile = "a"
            [[fork.tasks]]
            {branchB}
            [fork.a]
            number = 1
            [fork.b]
            number = 2
            """ + "\n";

    private static (PlannedTask Step, ContainerSource Source) Check(string path)
    {
        var diagnostics = new List<Diagnostic>();
        var catalog = BuiltInTasks.CatalogWith([typeof(PipelineHarness).Assembly]);
        var profile = PlanBuilder.ReadProfile(path, diagnostics) ?? throw new AssertFailedException(string.Join("\n", diagnostics));
        var step = PipelinePlanner.Plan(profile, catalog, diagnostics).Single();
        Assert.IsEmpty(diagnostics.Where(diagnostic => diagnostic.IsError), string.Join("\n", diagnostics));
        return (step, new ContainerSource(step.Entry, step.TaskTable, profile, catalog));
    }

    private static List<string> Run(PlannedTask step, ContainerSource source)
    {
        var events = new CollectingPipelineEvents();
        var container = (IContainerRun)step.Container!;
        var outcome = container.Run(new ContainerContext(source, new MemoryStorageBackend(), events, LogLevel.Information, CancellationToken.None));
        Assert.IsFalse(outcome.Failed, string.Join("\n", events.Diagnostics));
        return [.. events.Messages.Select(message => message.Text).Where(text => text.Contains(": ran ", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    private static void TurnOff(ContainerSource source, int branch)
    {
        var tasks = source.Table.Fields.Single(field => field.Key == "tasks");
        var table = (ProfileTable)((ProfileArray)tasks.Value.Raw).Items[branch].Raw;
        table.Set(new ProfileField("execute", table.Location, new ProfileValue(false, table.Location)));
    }

    [TestMethod]
    public void A_fork_written_out_in_the_profile_runs_the_branches_its_check_read()
    {
        using var files = new TestProfiles();
        var (step, source) = Check(files.Write("p.toml", Fork("worker = 2", "profile = \"b\"")));

        TurnOff(source, branch: 1);
        var ran = Run(step, source);

        Assert.HasCount(2, ran, "the table is not read again: " + string.Join("\n", ran));
        StringAssert.EndsWith(ran[1], "ran 2");
    }

    [TestMethod]
    public void A_fork_with_a_typed_value_reads_its_table_again_when_it_runs()
    {
        using var files = new TestProfiles();
        var (step, source) = Check(files.Write("p.toml", Fork("worker = \"2$I\"", "profile = \"b\"")));

        TurnOff(source, branch: 1);
        var ran = Run(step, source);

        Assert.HasCount(1, ran, "the table read at run time turns branch b off: " + string.Join("\n", ran));
        StringAssert.EndsWith(ran[0], "ran 1");
    }

    [TestMethod]
    public void A_fork_that_includes_a_file_reads_it_again_when_it_runs()
    {
        using var files = new TestProfiles();
        files.Write("b.toml", "number = 2\n");
        var (step, source) = Check(files.Write("p.toml", Fork("worker = 2", "include = true\npath = \"b.toml\"")));

        files.Write("b.toml", "number = 20\n");
        var ran = Run(step, source);

        Assert.HasCount(2, ran, string.Join("\n", ran));
        Assert.IsTrue(ran.Any(text => text.EndsWith("ran 20", StringComparison.Ordinal)), "the file as it is at run time: " + string.Join("\n", ran));
    }

    [TestMethod]
    public void A_container_given_another_table_than_the_one_it_checked_reads_that_table()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Fork("worker = 2", "profile = \"b\""));
        var (step, _) = Check(path);
        var (other, otherSource) = Check(path);

        TurnOff(otherSource, branch: 1);
        var ran = Run(step, otherSource with { Entry = step.Entry });

        Assert.AreNotSame(step.Container, other.Container);
        Assert.HasCount(1, ran, "the table it was given, read at run time: " + string.Join("\n", ran));
    }
}
