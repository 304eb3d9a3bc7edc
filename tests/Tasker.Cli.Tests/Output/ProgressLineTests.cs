using Tasker.Cli.Output;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Launcher;
using Tasker.Profiles;

namespace Tasker.Cli.Tests.Output;

[TestClass]
public sealed class ProgressLineTests
{
    [TestMethod]
    public void Thousands_of_branches_on_a_terminal_never_print_a_line_per_branch()
    {
        using var output = new StringWriter();
        var console = new ConsoleOutput(output, TextWriter.Null, Palette.Plain, isTerminal: true, Verbosity.Default);
        var entry = Entry().Info;

        using (var reporter = new ConsolePipelineReporter(console))
        {
            reporter.EntryStarted(entry, 1, 1);
            reporter.EntryDeclared(entry, [], [], isContainer: true);
            Parallel.For(1, 10_001, done => reporter.WorkAdvanced(entry, done, 10_000));
            reporter.EntryFinished(entry, new TaskOutcome(Return.Success, Failed: false), TimeSpan.FromSeconds(1));
        }

        var text = output.ToString();
        var lines = text.Split('\n');
        Assert.IsTrue(lines.Length < 20, $"{lines.Length} lines:\n{text}");
        StringAssert.Contains(text, "[1/1] Fixture.Long (entry 1)");
    }

    [TestMethod]
    public void The_status_line_shows_done_of_total_and_is_erased_before_the_next_line()
    {
        using var output = new StringWriter();
        var console = new ConsoleOutput(output, TextWriter.Null, Palette.Plain, isTerminal: true, Verbosity.Default);
        using var progress = new ProgressLine(console);

        progress.StepStarted("[1/1] fork");
        progress.Advanced(500, 1000);
        progress.Advanced(250, 1000);
        progress.Redraw();
        console.Line("a message");

        var text = output.ToString();
        StringAssert.Contains(text, "[1/1] fork  500/1000 (50%)  00:");
        StringAssert.Contains(text, "\r\u001b[2Ka message" + Environment.NewLine);
    }

    [TestMethod]
    public void Without_a_terminal_there_is_no_status_line()
    {
        using var output = new StringWriter();
        var console = new ConsoleOutput(output, TextWriter.Null, Palette.Plain, isTerminal: false, Verbosity.Default);
        using var progress = new ProgressLine(console);

        progress.StepStarted("[1/1] fork");
        progress.Advanced(5, 10);
        progress.StepFinished();

        Assert.AreEqual(string.Empty, output.ToString());
    }

    private static MetaEntry Entry()
    {
        var location = new SourceLocation("p.toml", 1, 1);
        return new MetaEntry(0, location, "Fixture.Long", location, false, null, location, null, location, true, 0, null, new ProfileTable(location));
    }
}
