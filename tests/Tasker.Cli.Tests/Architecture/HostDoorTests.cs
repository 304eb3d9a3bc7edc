using Tasker.Tests.Architecture;

namespace Tasker.Cli.Tests.Architecture;

/// <summary>The command line uses the engine only through its door (<see cref="HostDoor"/>).</summary>
[TestClass]
public sealed class HostDoorTests
{
    [TestMethod]
    public void The_command_line_uses_the_engine_only_through_its_door()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "Tasker.Cli.dll");

        Assert.Contains("Tasker.Hosting.Engine", HostDoor.EngineTypesUsedBy(tool), "the check reads the tool's references");
        var past = HostDoor.TypesPastTheDoor(tool);
        Assert.IsEmpty(past, "Tasker.Cli uses these engine types past the door: " + string.Join(", ", past));
    }
}
