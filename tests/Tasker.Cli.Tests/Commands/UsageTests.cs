using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Commands;

[TestClass]
public sealed class UsageTests
{
    [TestMethod]
    public void Help_lists_every_command_and_exits_0()
    {
        using var folder = new TestProfiles();

        var run = Tool.Run(folder.Directory, "--help");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        foreach (var command in new[] { "launch", "check", "plan", "template", "schema" })
        {
            StringAssert.Contains(run.Output, command);
        }
    }

    [TestMethod]
    public void A_missing_required_option_exits_2_and_points_to_help()
    {
        using var folder = new TestProfiles();

        var run = Tool.Run(folder.Directory, "launch");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--file");
        StringAssert.Contains(run.Error, "tasker --help");
    }

    [TestMethod]
    public void An_unknown_command_or_log_level_exits_2()
    {
        using var folder = new TestProfiles();

        var unknownCommand = Tool.Run(folder.Directory, "lunch", "-f", "x.toml");
        var unknownLevel = Tool.Run(folder.Directory, "check", "-f", "x.toml", "--log-level", "loud");

        Assert.AreEqual(2, unknownCommand.ExitCode, unknownCommand.ToString());
        Assert.AreEqual(2, unknownLevel.ExitCode, unknownLevel.ToString());
        StringAssert.Contains(unknownLevel.Error, "loud");
    }

    [TestMethod]
    public void Color_takes_auto_always_or_never_and_nothing_else()
    {
        using var folder = new TestProfiles();

        var unknown = Tool.Run(folder.Directory, "check", "-f", "x.toml", "--color", "sometimes");
        var help = Tool.Run(folder.Directory, "launch", "--help");

        Assert.AreEqual(2, unknown.ExitCode, unknown.ToString());
        StringAssert.Contains(unknown.Error, "sometimes");
        StringAssert.Contains(unknown.Error, "'never'");
        StringAssert.Contains(help.Output, "--color <when>");
    }

    [TestMethod]
    public void An_empty_profile_path_is_a_usage_error()
    {
        using var folder = new TestProfiles();

        var run = Tool.Run(folder.Directory, "check", "-f", "");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "The profile path given with --file is empty.");
    }

    [TestMethod]
    public void A_profile_in_a_missing_folder_is_a_profile_error_not_a_crash()
    {
        using var folder = new TestProfiles();

        var run = Tool.Run(folder.Directory, "launch", "-f", Path.Combine("no-such-folder", "p.toml"));

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "error TSK0001:");
        Assert.IsFalse(run.Error.Contains("TSK6099", StringComparison.Ordinal), run.ToString());
    }

    [TestMethod]
    [DataRow("--help")]
    [DataRow("-h")]
    [DataRow("-?")]
    public void A_subcommands_help_lists_its_options_and_exits_0(string help)
    {
        using var folder = new TestProfiles();

        var run = Tool.Run(folder.Directory, "launch", help);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "--file");
        StringAssert.Contains(run.Output, "--cache-size");
        StringAssert.Contains(run.Output, "--log-level");
    }

    [TestMethod]
    public void Version_prints_the_version_and_exits_0()
    {
        using var folder = new TestProfiles();

        var run = Tool.Run(folder.Directory, "--version");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Matches(run.Output.Trim(), new System.Text.RegularExpressions.Regex(@"^\d+\.\d+\.\d+"));
    }
}
