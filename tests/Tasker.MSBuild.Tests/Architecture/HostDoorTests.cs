using Tasker.MSBuild;
using Tasker.Tests.Architecture;

namespace Tasker.MSBuild.Tests.Architecture;

/// <summary>The MSBuild tasks and the out-of-process host use the engine only through its door (<see cref="HostDoor"/>).</summary>
[TestClass]
public sealed class HostDoorTests
{
    [TestMethod]
    public void The_msbuild_tasks_use_the_engine_only_through_its_door()
    {
        var past = HostDoor.TypesPastTheDoor(typeof(RunTaskerPipelines).Assembly.Location);

        Assert.IsEmpty(past, "Tasker.MSBuild uses these engine types past the door: " + string.Join(", ", past));
    }

    [TestMethod]
    public void The_host_uses_the_engine_only_through_its_door()
    {
        var past = HostDoor.TypesPastTheDoor(Path.Combine(AppContext.BaseDirectory, "Tasker.Host.dll"));

        Assert.IsEmpty(past, "Tasker.Host uses these engine types past the door: " + string.Join(", ", past));
    }

    [TestMethod]
    public void The_check_sees_what_a_host_uses()
    {
        var used = HostDoor.EngineTypesUsedBy(typeof(RunTaskerPipelines).Assembly.Location);

        Assert.Contains("Tasker.Hosting.Engine", used);
        Assert.Contains("Tasker.Diagnostics.Diagnostic", used);
    }
}
