using Tasker.Tests.Architecture;

namespace Tasker.Cli.Tests.Architecture;

/// <summary>The command line uses the engine through its door (<see cref="HostDoor"/>), except where this list says.</summary>
[TestClass]
public sealed class HostDoorTests
{
    // What `tasker plan` and `tasker check` still read of the checked plan itself; the plan as data (PlanGraph) is to
    // move behind the door, and this list may only shrink: a type added or no longer used fails the test.
    private static readonly string[] PlanTypesPastTheDoor =
    [
        "Tasker.Containers.BranchPlan",
        "Tasker.Containers.ContainerPlan",
        "Tasker.Launcher.LauncherProfile",
        "Tasker.Launcher.LauncherSettings",
        "Tasker.Launcher.MetaEntry",
        "Tasker.Planning.PipelineCheck",
        "Tasker.Planning.TaskDeclarations",
        "Tasker.Planning.ValidatedStep",
        "Tasker.Profiles.ProfileArray",
        "Tasker.Profiles.ProfileField",
        "Tasker.Profiles.ProfileTable",
        "Tasker.Profiles.ProfileValue",
        "Tasker.Profiles.Values.DeferredValue",
        "Tasker.Storage.StorageSettings",
        "Tasker.Tasks.ForkTask",
        "Tasker.Tasks.MapTask",
        "Tasker.Tasks.ReduceTask",
    ];

    [TestMethod]
    public void The_command_line_uses_the_engine_only_through_its_door_but_for_the_plan_it_shows()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "Tasker.Cli.dll");

        Assert.Contains("Tasker.Hosting.Engine", HostDoor.EngineTypesUsedBy(tool), "the check reads the tool's references");
        CollectionAssert.AreEquivalent(PlanTypesPastTheDoor, HostDoor.TypesPastTheDoor(tool).ToArray(), "Tasker.Cli's engine types past the door: " + string.Join(", ", HostDoor.TypesPastTheDoor(tool)));
    }
}
