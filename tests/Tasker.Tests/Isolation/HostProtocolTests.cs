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
    public void Every_progress_event_replays_in_the_task_as_the_engine_raised_it()
    {
        var entry = new EntryInfo("consumer.CheckTask", "consumer.CheckTask (#2)", new SourceLocation("/p/dir with space/p.toml", 7, 1, 9, 4));
        var result = new PipelineResult("E2E", Succeeded: false, StoppedByTask: false, TasksRun: 2, TimeSpan.FromMilliseconds(1250), ["/p/a.toml"])
        {
            EnvironmentVariables = ["REGION"],
            EntriesNotSelected = 3,
            Work = new WorkCounts(Run: 4, Restored: 5, Skipped: 6, UsedCache: true),
            DeclaredInputs = ["/p/data/**/*.csv", "/p/a b.txt"],
            DeclaredOutputs = ["/p/out/report.json"],
        };
        var raised = new ProgressTranscript();
        var replayed = new ProgressTranscript();
        var sent = new List<HostEvent>();
        var header = new PipelineHeader(Schema: null, "Checks", "Ada", "1.2", Email: null, "Checks the \"data\"\nfolder");

        void Raise(Action<IPipelineProgress> call, HostEvent hostEvent)
        {
            call(raised);
            sent.Add(hostEvent);
        }

        Raise(p => p.PipelineStarted(header, 3), HostEvent.PipelineStarted(header, 3));
        Raise(p => p.EntryStarted(entry, 2, 3), HostEvent.EntryStarted(entry, 2, 3));
        Raise(p => p.EntryDeclared(entry, ["in"], ["out", "log"], false), HostEvent.EntryDeclared(entry, ["in"], ["out", "log"], false));
        Raise(p => p.EntryDeclared(entry, [], [], true), HostEvent.EntryDeclared(entry, [], [], true));
        Raise(p => p.EntryFinished(entry, new TaskOutcome(Return.Error | Return.Write, Failed: true), TimeSpan.FromMilliseconds(40)), HostEvent.EntryFinished(entry, new TaskOutcome(Return.Error | Return.Write, Failed: true), TimeSpan.FromMilliseconds(40)));
        Raise(p => p.PipelineFinished(result, "/p/a.toml"), HostEvent.PipelineFinished(result, "/p/a.toml"));

        foreach (var hostEvent in sent)
        {
            Assert.IsTrue(RoundTrip(hostEvent).ReplayOn(replayed), $"{hostEvent.Kind} must replay as progress");
        }

        CollectionAssert.AreEqual(raised.Calls, replayed.Calls);
    }

    [TestMethod]
    public void Events_that_are_not_progress_do_not_replay_as_progress()
    {
        var progress = new ProgressTranscript();

        Assert.IsFalse(RoundTrip(HostEvent.Logged(MessageLevel.Normal, "text")).ReplayOn(progress));
        Assert.IsFalse(RoundTrip(HostEvent.Finished(PipelineResult.NotRun("/p/a.toml"))).ReplayOn(progress));
        Assert.AreEqual(0, progress.Calls.Count);
    }

    [TestMethod]
    public void The_result_of_a_run_reads_back_equal()
    {
        var result = new PipelineResult("E2E", Succeeded: true, StoppedByTask: true, TasksRun: 2, TimeSpan.FromMilliseconds(12.5), ["/p/a.toml", "/p/included.toml"])
        {
            EnvironmentVariables = ["TAX_RATE", "REGION"],
            EntriesNotSelected = 3,
        };

        var read = RoundTrip(HostEvent.Finished(result));

        Assert.AreEqual(HostEventKind.Finished, read.Kind);
        Assert.AreEqual((result.Name, result.Succeeded, result.StoppedByTask, result.TasksRun, result.Elapsed), (read.Result!.Name, read.Result.Succeeded, read.Result.StoppedByTask, read.Result.TasksRun, read.Result.Elapsed));
        CollectionAssert.AreEqual(result.InputFiles.ToList(), read.Result.InputFiles.ToList());
        CollectionAssert.AreEqual(result.EnvironmentVariables.ToList(), read.Result.EnvironmentVariables.ToList());
        Assert.AreEqual(3, read.Result.EntriesNotSelected);
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
            CacheSizeLimit = 3L * 1024 * 1024 * 1024,
            Timeout = TimeSpan.FromSeconds(90),
            SelectFrom = "prepare",
            SelectOnly = ["2", "split[b1]"],
            SelectSkip = ["Deploy"],
        };

        var read = HostProtocol.ReadRequest(HostProtocol.Serialize(request))!;

        Assert.AreEqual("prepare", read.SelectFrom);
        CollectionAssert.AreEqual(request.SelectOnly.ToList(), read.SelectOnly.ToList());
        CollectionAssert.AreEqual(request.SelectSkip.ToList(), read.SelectSkip.ToList());

        Assert.AreEqual((request.ProfilePath, request.AssemblyPath, request.StateDirectory, request.CacheDirectory, request.Timeout), (read.ProfilePath, read.AssemblyPath, read.StateDirectory, read.CacheDirectory, read.Timeout));
        Assert.AreEqual(request.CacheSizeLimit, read.CacheSizeLimit);
        CollectionAssert.AreEqual(request.DependencyPaths.ToList(), read.DependencyPaths.ToList());
    }

    [TestMethod]
    public void A_request_carries_the_build_context_and_a_request_without_one_reads_back_without_it()
    {
        var build = new BuildContext
        {
            ProjectFile = "/p/Consumer.csproj",
            ProjectDirectory = "/p",
            OutputAssembly = "/p/bin/Consumer.dll",
            OutputDirectory = "/p/bin",
            IntermediateDirectory = "/p/obj/Debug/net10.0",
            Configuration = "Debug",
            TargetFramework = "net10.0",
            Properties = new Dictionary<string, string> { ["Version"] = "1.2.3", ["Empty"] = string.Empty },
        };

        var read = HostProtocol.ReadRequest(HostProtocol.Serialize(new HostRequest { ProfilePath = "/p/a.toml", Build = build }))!.Build!;
        var none = HostProtocol.ReadRequest(HostProtocol.Serialize(new HostRequest { ProfilePath = "/p/a.toml" }))!.Build;

        Assert.AreEqual(
            (build.ProjectFile, build.ProjectDirectory, build.OutputAssembly, build.OutputDirectory, build.IntermediateDirectory, build.Configuration, build.TargetFramework),
            (read.ProjectFile, read.ProjectDirectory, read.OutputAssembly, read.OutputDirectory, read.IntermediateDirectory, read.Configuration, read.TargetFramework));
        Assert.AreEqual("1.2.3", read.GetProperty("VERSION"), "property names keep MSBuild's case-insensitivity across the protocol");
        Assert.AreEqual(string.Empty, read.GetProperty("Empty"));
        Assert.IsNull(none);
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
