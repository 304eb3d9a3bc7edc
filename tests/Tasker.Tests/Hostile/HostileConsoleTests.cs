using Tasker.Tests.Support;

namespace Tasker.Tests.Hostile;

/// <summary>
/// Hostile corpus, class "console": in process, every line a task writes to standard output or error reaches the log,
/// a task that replaces the console cannot silence the tasks after it, and standard input is empty.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class HostileConsoleTests
{
    private const string Flood = "Tasker.Tests.Support.Hostile.ConsoleFloodTask";

    [TestMethod]
    public void Ten_megabytes_on_each_stream_arrive_line_by_line_and_stdin_is_at_its_end()
    {
        // 2 x 50,000 lines of about 110 characters: 11 MB on each stream.
        const int lines = 200_000;
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta(Flood, "profile = \"t\"") + $"[t]\nlines = {lines}\n");
        var errorBefore = Console.Error;

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        var numbered = events.Messages.Where(message => message.Text.StartsWith("line ", StringComparison.Ordinal)).Select(message => message.Text.Split(' ')[1]).ToHashSet();
        Assert.HasCount(lines, numbered, "every line of both streams");
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("stdin=end", StringComparison.Ordinal)), "standard input is empty");
        Assert.AreSame(errorBefore, Console.Error, "the process's own standard error is back");
    }

    [TestMethod]
    public void A_task_that_replaces_the_console_does_not_silence_later_tasks()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tests.Support.Hostile.ConsoleHijackTask") + ProfileText.Meta(Flood, "profile = \"t\"") + "[t]\nlines = 2\n");
        var outBefore = Console.Out;
        var inBefore = Console.In;

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.StartsWith("line 0 ", StringComparison.Ordinal)), "standard output of the later task");
        Assert.IsTrue(events.Messages.Any(message => message.Text.StartsWith("line 1 ", StringComparison.Ordinal)), "standard error of the later task");
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("stdin=end", StringComparison.Ordinal)), "the forged input is gone");
        Assert.AreSame(outBefore, Console.Out, "the pipeline leaves the process's console as it found it");
        Assert.AreSame(inBefore, Console.In);
    }
}
