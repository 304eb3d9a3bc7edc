using MessageLevel = Tasker.Events.MessageLevel;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Isolation;

namespace Tasker.Tests.Isolation;

[TestClass]
public sealed class HostProtocolTests
{
    private static HostEvent RoundTrip(HostEvent hostEvent)
    {
        var line = HostProtocol.Serialize(hostEvent);
        Assert.IsFalse(line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal), $"one event must be one line: {line}");
        return HostProtocol.ReadEvent(line) ?? throw new AssertFailedException($"the line did not read back: {line}");
    }

    [TestMethod]
    public void A_diagnostic_keeps_its_code_severity_location_and_message()
    {
        var diagnostic = new Diagnostic("TSK2001", DiagnosticSeverity.Error, new SourceLocation("/tmp/dir with space/p.toml", 7, 3, 7, 12), "Check \"quoted\" failed: ünïcödé, a\ttab");

        var read = RoundTrip(HostEvent.Reported(diagnostic));

        Assert.AreEqual(HostEventKind.Diagnostic, read.Kind);
        Assert.AreEqual(diagnostic, read.Diagnostic);
    }

    [TestMethod]
    public void A_warning_stays_a_warning()
    {
        var diagnostic = new Diagnostic("TSK2006", DiagnosticSeverity.Warning, SourceLocation.OfFile("p.toml"), "careful");

        Assert.AreEqual(DiagnosticSeverity.Warning, RoundTrip(HostEvent.Reported(diagnostic)).Diagnostic!.Severity);
    }

    [TestMethod]
    [DataRow("Detail")]
    [DataRow("Normal")]
    [DataRow("Summary")]
    public void A_message_keeps_its_level_and_its_line_breaks(string levelName)
    {
        var level = Enum.Parse<MessageLevel>(levelName);

        var read = RoundTrip(HostEvent.Logged(level, "first line\nsecond line"));

        Assert.AreEqual((HostEventKind.Message, level, "first line\nsecond line"), (read.Kind, read.Level, read.Text));
    }

    [TestMethod]
    public void Entry_boundaries_carry_the_entry_and_its_place()
    {
        var entry = new HostEntry("Consumer.CheckTask (#2)", new SourceLocation("p.toml", 7, 1));

        var started = RoundTrip(HostEvent.Started(entry));
        var ended = RoundTrip(HostEvent.Ended(entry));

        Assert.AreEqual((HostEventKind.EntryStarted, entry), (started.Kind, started.Entry));
        Assert.AreEqual((HostEventKind.EntryFinished, entry), (ended.Kind, ended.Entry));
    }

    [TestMethod]
    public void The_result_of_a_run_reads_back_equal()
    {
        var result = new HostPipelineResult("E2E", Succeeded: true, StoppedByTask: true, TasksRun: 2, ElapsedMilliseconds: 12.5, InputFiles: ["/p/a.toml", "/p/included.toml"])
        {
            EnvironmentVariables = ["TAX_RATE", "REGION"],
        };

        var read = RoundTrip(HostEvent.Finished(result));

        Assert.AreEqual(HostEventKind.Finished, read.Kind);
        Assert.AreEqual((result.Name, result.Succeeded, result.StoppedByTask, result.TasksRun, result.ElapsedMilliseconds), (read.Result!.Name, read.Result.Succeeded, read.Result.StoppedByTask, read.Result.TasksRun, read.Result.ElapsedMilliseconds));
        CollectionAssert.AreEqual(result.InputFiles.ToList(), read.Result.InputFiles.ToList());
        CollectionAssert.AreEqual(result.EnvironmentVariables.ToList(), read.Result.EnvironmentVariables.ToList());
    }

    [TestMethod]
    public void A_request_reads_back_with_every_path()
    {
        var request = new HostRequest
        {
            ProfilePath = "/p/a.toml",
            AssemblyPath = "/p/bin/Consumer.dll",
            DependencyPaths = ["/p/bin/A.dll", "/p/bin/B.dll"],
            StateDirectory = "/p/obj/tasker/",
            CacheDirectory = "/ci/cache",
            Timeout = TimeSpan.FromSeconds(90),
        };

        var read = HostProtocol.ReadRequest(HostProtocol.Serialize(request))!;

        Assert.AreEqual((request.ProfilePath, request.AssemblyPath, request.StateDirectory, request.CacheDirectory, request.Timeout), (read.ProfilePath, read.AssemblyPath, read.StateDirectory, read.CacheDirectory, read.Timeout));
        CollectionAssert.AreEqual(request.DependencyPaths.ToList(), read.DependencyPaths.ToList());
    }

    [TestMethod]
    public void A_cancellation_reads_back_as_a_cancellation()
    {
        Assert.IsTrue(HostProtocol.ReadRequest(HostProtocol.Serialize(HostRequest.Cancellation))!.Cancel);
    }

    [TestMethod]
    public void A_request_without_a_timeout_or_state_directory_reads_back_without_them()
    {
        var read = HostProtocol.ReadRequest(HostProtocol.Serialize(new HostRequest { ProfilePath = "/p/a.toml", AssemblyPath = "/p/A.dll" }))!;

        Assert.AreEqual(("/p/a.toml", false, (string?)null, (TimeSpan?)null), (read.ProfilePath, read.Cancel, read.StateDirectory, read.Timeout));
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("Stack overflow.")]
    [DataRow("{ not json")]
    [DataRow("{\"kind\":\"Message\",\"text\":42}")]
    [DataRow("{\"kind\":\"Finished\",\"result\":{\"tasksRun\":\"two\"}}")]
    public void A_line_that_is_not_protocol_reads_as_nothing(string line)
    {
        Assert.IsNull(HostProtocol.ReadEvent(line));
    }
}
