using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Commands;

[TestClass]
public sealed class LaunchCommandTests
{
    [TestMethod]
    public void Output_and_errors_redirected_to_one_file_keep_every_line()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("The test redirects with a POSIX shell.");
        }

        // As `tasker launch ... > log 2>&1` in a CI script: both streams share one file and its offset.
        using var folder = new TestProfiles();
        var log = Path.Combine(folder.Directory, "log.txt");
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { WorkingDirectory = folder.Directory, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" launch -f missing.toml --assembly \"$1\" > log.txt 2>&1");
        start.ArgumentList.Add(BuiltFiles.Tool);
        start.ArgumentList.Add(BuiltFiles.FixtureAssembly);
        using (var shell = System.Diagnostics.Process.Start(start)!)
        {
            shell.WaitForExit();
            Assert.AreEqual(2, shell.ExitCode);
        }

        var lines = File.ReadAllLines(log);
        Assert.AreEqual(2, lines.Length, string.Join("\n", lines));
        StringAssert.Contains(lines[0], "error TSK0001: Cannot read the profile file");
        StringAssert.StartsWith(lines[1], "Failed in ");
    }

    [TestMethod]
    public void On_a_terminal_the_run_is_in_colour_with_a_live_status_line()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("util-linux's script gives the tool a terminal.");
        }

        // As a person sees it: the tool writes its own streams, not the console's, and must still find the terminal.
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);
        var start = new System.Diagnostics.ProcessStartInfo("script") { WorkingDirectory = folder.Directory, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--quiet", "--return", "--command", $"dotnet '{BuiltFiles.Tool}' launch -f '{profile}' --assembly '{BuiltFiles.FixtureAssembly}'", "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("NO_COLOR");
        start.Environment["TERM"] = "xterm";
        using var terminal = System.Diagnostics.Process.Start(start)!;
        var screen = terminal.StandardOutput.ReadToEnd();
        terminal.WaitForExit();

        Assert.AreEqual(0, terminal.ExitCode, screen);
        StringAssert.Contains(screen, "\u001b[1;36m[1/2] Fixture.GreetingTask (entry 1)", "an entry's header in colour");
        StringAssert.Contains(screen, "\r\u001b[2K", "the status line erased before the next line");
        StringAssert.Contains(screen, "Successfully finished in", screen);
    }

    [TestMethod]
    public void A_pipeline_that_succeeds_exits_0_and_shows_header_banners_task_output_and_result()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "Greetings (2.0)");
        StringAssert.Contains(run.Output, "[1/2] Fixture.GreetingTask (entry 1)");
        StringAssert.Contains(run.Output, "provide: greeting");
        StringAssert.Contains(run.Output, "printed: hello from the fixture");
        StringAssert.Contains(run.Output, "informed: hello from the fixture");
        StringAssert.Contains(run.Output, "[2/2] Fixture.EchoTask (entry 2)");
        StringAssert.Contains(run.Output, "require: greeting");
        StringAssert.Contains(run.Output, "echoed: hello from the fixture");
        StringAssert.Matches(run.Output, new System.Text.RegularExpressions.Regex(@"Successfully finished in \d+\.\d{3} seconds\. \(2 tasks run\)"));
        Assert.AreEqual(string.Empty, run.Error);
    }

    [TestMethod]
    public void A_diagnostic_a_task_reports_at_its_own_file_and_line_is_shown_there()
    {
        using var folder = new TestProfiles();
        var data = folder.Write("prices.csv", "name,price\napple,1\npear,abc\n");
        var profile = folder.Write("data.toml", $"[[__meta__]]\nreference = \"Fixture.DataCheckTask\"\nprofile = \"t\"\n[t]\ndata = '{data}'\n");

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{data}(3,5): error DATA003: Fixture.DataCheckTask (entry 1): 'abc' is not a number", run.ToString());
    }

    [TestMethod]
    public void A_failing_task_exits_1_with_its_diagnostics_in_the_build_form_on_standard_error()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("fail.toml", FixtureProfiles.Failing);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}(1,1): warning TSK2006: Fixture.FailingTask (entry 1): about to fail");
        StringAssert.Contains(run.Error, $"{profile}(1,1): error TSK2001: Task Fixture.FailingTask (entry 1) returned Error.");
        StringAssert.Contains(run.Output, "Failed in ");
    }

    [TestMethod]
    public void A_logged_error_is_shown_and_exits_1_even_when_the_profile_log_level_is_critical()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("critical.toml", "[__setting__.log]\nlevel = \"CRITICAL\"\n\n[[__meta__]]\nreference = \"Fixture.LoggedErrorTask\"\n");

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}(4,1): error TSK2005: Fixture.LoggedErrorTask (entry 1): the data is bad");
    }

    [TestMethod]
    public void Ctrl_c_stops_the_pipeline_and_is_reported_with_its_own_code()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("SIGINT is how the test presses Ctrl+C; Windows has no such signal to send.");
        }

        using var folder = new TestProfiles();
        var profile = folder.Write("wait.toml", "[[__meta__]]\nreference = \"Fixture.WaitingTask\"\n\n[[__meta__]]\nreference = \"Fixture.FailingTask\"\n");

        var run = Tool.RunAndInterrupt(folder.Directory, "waiting for Ctrl+C", "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "error TSK6007: The command was cancelled (Ctrl+C)");
        StringAssert.Contains(run.Error, $"{profile}(1,1): error TSK5002:", "the entry that was running is named");
        Assert.IsFalse(run.Output.Contains("Fixture.FailingTask", StringComparison.Ordinal), "no task starts after Ctrl+C: " + run);
        foreach (var word in new[] { "the build", "TaskerProfile", "TaskerTimeout", "MSBuild" })
        {
            Assert.IsFalse(run.ToString().Contains(word, StringComparison.OrdinalIgnoreCase), $"'{word}' in the tool's output: {run}");
        }
    }

    [TestMethod]
    public void A_profile_error_exits_2_before_any_task_runs_with_the_place_of_each_mistake()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("mistakes.toml", FixtureProfiles.TwoMistakes);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{profile}(2,13): error TSK1001: No task type named 'Fixture.GreetingTsk'");
        StringAssert.Contains(run.Error, "Did you mean 'Fixture.GreetingTask'?");
        StringAssert.Contains(run.Error, $"{profile}(7,11): error TSK0006:");
        Assert.IsFalse(run.Output.Contains("------------------->", StringComparison.Ordinal), run.ToString());
    }

    [TestMethod]
    public void A_profile_that_is_not_toml_exits_2_with_the_place_of_the_syntax_error()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("broken.toml", "[[__meta__]]\nreference = \"Fixture.EchoTask\n");

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Matches(run.Error, new System.Text.RegularExpressions.Regex($@"{System.Text.RegularExpressions.Regex.Escape(profile)}\(2,\d+\): error TSK0002: "));
    }

    [TestMethod]
    public void A_missing_profile_exits_2()
    {
        using var folder = new TestProfiles();

        var run = Tool.Run(folder.Directory, "launch", "-f", "absent.toml", "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "error TSK0001:");
    }

    [TestMethod]
    public void Redirected_output_has_no_escape_sequences_and_color_always_brings_them_back()
    {
        using var folder = new TestProfiles();
        var good = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);
        var bad = folder.Write("fail.toml", FixtureProfiles.Failing);

        var plain = Tool.Run(folder.Directory, "launch", "-f", good, "--assembly", BuiltFiles.FixtureAssembly);
        var plainFailure = Tool.Run(folder.Directory, "launch", "-f", bad, "--assembly", BuiltFiles.FixtureAssembly);
        var colored = Tool.Run(folder.Directory, "launch", "-f", bad, "--assembly", BuiltFiles.FixtureAssembly, "--color", "always");

        foreach (var run in new[] { plain, plainFailure })
        {
            Assert.IsFalse(run.Output.Contains('\u001b') || run.Error.Contains('\u001b'), run.ToString());
        }

        Assert.IsTrue(colored.Output.Contains('\u001b') && colored.Error.Contains('\u001b'), colored.ToString());
    }

    [TestMethod]
    public void Log_level_warning_keeps_warnings_and_the_result_and_drops_banners_and_task_output()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("fail.toml", FixtureProfiles.GreetThenFail);

        var run = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--log-level", "warning");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "warning TSK2006");
        StringAssert.Contains(run.Output, "Failed in ");
        Assert.IsFalse(run.Output.Contains("printed:", StringComparison.Ordinal) || run.Output.Contains("[1/2]", StringComparison.Ordinal), run.ToString());
    }

    [TestMethod]
    public void Log_level_debug_shows_debug_records_that_information_hides()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("greet.toml", FixtureProfiles.GreetAndEcho);

        var debug = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--log-level", "debug");
        var information = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        StringAssert.Contains(debug.Output, "debugged: hello from the fixture");
        Assert.IsFalse(information.Output.Contains("debugged:", StringComparison.Ordinal), information.ToString());
    }
}
