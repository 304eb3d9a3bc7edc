using Tasker.MSBuild.Isolation;

namespace Tasker.MSBuild.Tests.Isolation;

[TestClass]
public sealed class IsolationChoiceTests
{
    [TestMethod]
    [DataRow(null, "Auto")]
    [DataRow("", "Auto")]
    [DataRow("auto", "Auto")]
    [DataRow("Process", "Process")]
    [DataRow(" NONE ", "None")]
    public void Known_values_read_in_any_case(string? text, string expected)
    {
        Assert.IsTrue(IsolationChoice.TryParse(text, out var mode));
        Assert.AreEqual(Enum.Parse<IsolationMode>(expected), mode);
    }

    [TestMethod]
    [DataRow("inprocess")]
    [DataRow("true")]
    public void Other_values_are_refused(string text)
    {
        Assert.IsFalse(IsolationChoice.TryParse(text, out _));
    }

    [TestMethod]
    public void Auto_runs_in_process_when_the_project_needs_only_the_base_framework()
    {
        var decision = IsolationChoice.Decide(IsolationMode.Auto, ["Microsoft.NETCore.App"], inProcessAvailable: true);

        Assert.AreEqual(IsolationMode.None, decision.Mode);
    }

    [TestMethod]
    public void Auto_picks_the_host_for_another_shared_framework_and_names_it()
    {
        var decision = IsolationChoice.Decide(IsolationMode.Auto, ["Microsoft.NETCore.App", "Microsoft.AspNetCore.App"], inProcessAvailable: true);

        Assert.AreEqual(IsolationMode.Process, decision.Mode);
        StringAssert.Contains(decision.Reason, "Microsoft.AspNetCore.App");
    }

    [TestMethod]
    public void Auto_picks_the_host_when_the_assembly_calls_Environment_Exit_and_says_why()
    {
        var decision = IsolationChoice.Decide(IsolationMode.Auto, ["Microsoft.NETCore.App"], inProcessAvailable: true, callsEnvironmentExit: () => true);

        Assert.AreEqual(IsolationMode.Process, decision.Mode);
        StringAssert.Contains(decision.Reason, "Environment.Exit");
    }

    [TestMethod]
    public void None_is_kept_even_when_the_assembly_calls_Environment_Exit()
    {
        var decision = IsolationChoice.Decide(IsolationMode.None, [], inProcessAvailable: true, callsEnvironmentExit: () => true);

        Assert.AreEqual(IsolationMode.None, decision.Mode);
    }

    [TestMethod]
    public void The_metadata_scan_finds_a_call_of_Environment_Exit_and_only_that()
    {
        Assert.IsTrue(Tasker.MSBuild.InProcess.EnvironmentExitScan.CallsEnvironmentExit(typeof(Tasker.Tests.Support.EnvironmentExitTask).Assembly.Location), "this test assembly has a task that calls it");
        Assert.IsFalse(Tasker.MSBuild.InProcess.EnvironmentExitScan.CallsEnvironmentExit(typeof(ITask).Assembly.Location), "the engine never calls it");
        Assert.IsFalse(Tasker.MSBuild.InProcess.EnvironmentExitScan.CallsEnvironmentExit(Path.Combine(Path.GetTempPath(), "no-such-assembly.dll")));
    }

    [TestMethod]
    public void Auto_picks_the_host_on_NET_Framework_MSBuild()
    {
        var decision = IsolationChoice.Decide(IsolationMode.Auto, [], inProcessAvailable: false);

        Assert.AreEqual((IsolationMode.Process, false), (decision.Mode, decision.InProcessRefused));
    }

    [TestMethod]
    public void None_is_kept_even_for_another_shared_framework()
    {
        var decision = IsolationChoice.Decide(IsolationMode.None, ["Microsoft.AspNetCore.App"], inProcessAvailable: true);

        Assert.AreEqual(IsolationMode.None, decision.Mode);
    }

    [TestMethod]
    public void None_on_NET_Framework_MSBuild_falls_back_to_the_host_and_says_so()
    {
        var decision = IsolationChoice.Decide(IsolationMode.None, [], inProcessAvailable: false);

        Assert.AreEqual((IsolationMode.Process, true), (decision.Mode, decision.InProcessRefused));
    }

    [TestMethod]
    public void Process_is_always_the_host()
    {
        var decision = IsolationChoice.Decide(IsolationMode.Process, [], inProcessAvailable: true);

        Assert.AreEqual(IsolationMode.Process, decision.Mode);
    }
}
