using Tasker.Cli.Commands;

namespace Tasker.Cli.Tests.Commands;

/// <summary>The commands that read a profile start preparing the engine on a thread of their own; the others do not.</summary>
[TestClass]
public sealed class EngineHeadStartTests
{
    [TestMethod]
    [DataRow("launch", "-f", "pipeline.toml")]
    [DataRow("check", "-f", "pipeline.toml")]
    [DataRow("plan")]
    public void A_command_that_reads_a_profile_prepares_the_engine_in_the_background(params string[] args)
    {
        var thread = EngineHeadStart.BeginFor(args);

        // Whether it runs in the background cannot be asked of a thread that may have ended already: only that it ends.
        Assert.IsNotNull(thread);
        Assert.IsTrue(thread.Join(TimeSpan.FromMinutes(1)), "the preparation ends by itself");
    }

    [TestMethod]
    [DataRow("template", "Some.Task")]
    [DataRow("schema")]
    [DataRow("--version")]
    [DataRow("--help")]
    [DataRow("plan.toml")]
    public void Other_command_lines_start_nothing(params string[] args)
    {
        Assert.IsNull(EngineHeadStart.BeginFor(args));
    }

    [TestMethod]
    public void An_empty_command_line_starts_nothing()
    {
        Assert.IsNull(EngineHeadStart.BeginFor([]));
    }
}
