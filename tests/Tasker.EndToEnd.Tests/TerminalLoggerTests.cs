using System.Text.RegularExpressions;
using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

/// <summary>
/// What a developer sees in an interactive terminal, where the .NET SDK's default Terminal Logger hides every
/// message, and what the classic console logger (redirected output, CI, -tl:off) shows.
/// </summary>
[TestClass]
public sealed partial class TerminalLoggerTests
{
    public TestContext TestContext { get; set; } = null!;

    private static ConsumerProject Consumer(string checkMode, string targetFrameworks = "net10.0") =>
        ConsumerProject.WithPipeline(checkMode, targetFrameworks);

    /// <summary>The screen's text without colours, links and cursor movements.</summary>
    private static string Screen(ProcessResult result) => Escape().Replace(result.Output, string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal);

    /// <summary>Builds in a terminal and returns the screen, kept in the test's output for a reader.</summary>
    private (ProcessResult Result, string Screen) BuildInTerminal(ConsumerProject project, params string[] arguments)
    {
        var result = project.BuildInTerminal(arguments);
        var screen = Screen(result);
        TestContext.WriteLine(screen);
        return (result, screen);
    }

    [GeneratedRegex(@"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")]
    private static partial Regex Escape();

    [TestMethod]
    public void Under_the_terminal_logger_a_pipeline_shows_its_name_outcome_task_count_and_time()
    {
        using var project = Consumer("pass");

        var (result, screen) = BuildInTerminal(project);

        Assert.AreEqual(0, result.ExitCode, screen);
        Assert.IsTrue(result.Output.Contains('\x1b', StringComparison.Ordinal), $"the Terminal Logger was not used:\n{screen}");
        Assert.IsFalse(screen.Contains("Tasker pipeline 'E2E'", StringComparison.Ordinal), $"the classic summary is hidden by the Terminal Logger, so it proves nothing here:\n{screen}");
        StringAssert.Matches(screen, new Regex(@"Consumer net10\.0 succeeded \([\d.]+s\) → \S*Consumer\.dll · Tasker: E2E succeeded \(2 tasks, \d+\.\d\d s\)"), screen);
    }

    [TestMethod]
    public void Under_the_terminal_logger_each_target_framework_shows_its_own_result()
    {
        using var project = Consumer("pass", "net8.0;net10.0");

        var (result, screen) = BuildInTerminal(project);

        Assert.AreEqual(0, result.ExitCode, screen);
        StringAssert.Matches(screen, new Regex(@"Consumer net8\.0 succeeded .*· Tasker: E2E succeeded \(2 tasks"), screen);
        StringAssert.Matches(screen, new Regex(@"Consumer net10\.0 succeeded .*· Tasker: E2E succeeded \(2 tasks"), screen);
    }

    [TestMethod]
    public void Under_the_terminal_logger_a_failing_pipeline_shows_its_error_and_its_outcome()
    {
        using var project = Consumer("fail");

        var (result, screen) = BuildInTerminal(project);

        Assert.AreNotEqual(0, result.ExitCode, screen);
        StringAssert.Contains(screen, "pipeline.toml(", screen);
        StringAssert.Matches(screen, new Regex(@"· Tasker: E2E failed \(2 tasks"), screen);
    }

    [TestMethod]
    public void Under_the_terminal_logger_TaskerTemplate_shows_the_template_it_wrote()
    {
        using var project = Consumer("pass");

        var (result, screen) = BuildInTerminal(project, "-t:TaskerTemplate", "-p:TaskerTemplateReference=Consumer.GreetingTask");

        Assert.AreEqual(0, result.ExitCode, screen);
        StringAssert.Matches(screen, new Regex(@"Consumer net10\.0 succeeded \([\d.]+s\) → \S*tasker-templates/Consumer\.GreetingTask\.toml"), screen);
        var template = Directory.GetFiles(project.Directory, "Consumer.GreetingTask.toml", SearchOption.AllDirectories).Single();
        StringAssert.Contains(File.ReadAllText(template), "reference = \"Consumer.GreetingTask\"");
    }

    [TestMethod]
    public void The_classic_console_logger_shows_the_summary_line_and_nothing_meant_for_the_terminal_logger()
    {
        using var project = Consumer("pass");

        var result = project.Build("-v:m");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "Tasker pipeline 'E2E': 2 tasks run, succeeded in ");
        StringAssert.Matches(result.Output, new Regex(@"^\s*Consumer -> \S*Consumer\.dll\s*$", RegexOptions.Multiline), result.ToString());
        Assert.IsFalse(result.Output.Contains("· Tasker:", StringComparison.Ordinal), result.ToString());
    }
}
