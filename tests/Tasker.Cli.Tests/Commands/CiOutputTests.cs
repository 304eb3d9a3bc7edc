using System.Text.Json;
using Tasker.Cli.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Commands;

/// <summary>What a CI service's log shows of a run: annotations, groups, the job summary, and SARIF for code scanning.</summary>
[TestClass]
public sealed class CiOutputTests
{
    [TestMethod]
    public void Under_GitHub_Actions_a_failing_run_annotates_its_entry_groups_its_output_and_writes_the_job_summary()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("fail.toml", FixtureProfiles.Failing);
        var summary = Path.Combine(folder.Directory, "summary.md");
        var environment = new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_WORKSPACE"] = folder.Directory,
            ["GITHUB_STEP_SUMMARY"] = summary,
        };

        var run = Tool.Run(folder.Directory, environment, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "::error file=fail.toml,line=1,col=1,endLine=1,endColumn=12,title=TSK2001::Task Fixture.FailingTask (entry 1) returned Error.");
        StringAssert.Contains(run.Error, "::warning file=fail.toml,line=1,col=1,endLine=1,endColumn=12,title=TSK2006::Fixture.FailingTask (entry 1): about to fail");
        var groupStart = run.Output.IndexOf("::group::[1/1] Fixture.FailingTask", StringComparison.Ordinal);
        var groupEnd = run.Output.IndexOf("::endgroup::", StringComparison.Ordinal);
        Assert.IsTrue(groupStart >= 0 && groupEnd > groupStart, run.ToString());
        var table = File.ReadAllText(summary);
        StringAssert.Contains(table, "failed");
        StringAssert.Contains(table, "| 1 | Fixture.FailingTask (entry 1) | failed |");
        StringAssert.Contains(table, "```mermaid\nflowchart TD\n  e1[\"1. Fixture.FailingTask (entry 1)\"]");
    }

    [TestMethod]
    public void A_secret_is_registered_with_add_mask_and_never_printed_by_tasker()
    {
        using var folder = new TestProfiles();
        var secret = "s3cr3t-" + Guid.NewGuid().ToString("N");
        var profile = folder.Write("secret.toml", """
            [[__meta__]]
            reference = "Fixture.GreetingTask"
            profile = "greet"

            [greet]
            text = "DEPLOY_TOKEN$E"
            """);
        var environment = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["DEPLOY_TOKEN"] = secret };

        var run = Tool.Run(folder.Directory, environment, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "-l", "debug");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var lines = (run.Output + run.Error).Split('\n');
        Assert.AreEqual(1, lines.Count(line => line.Contains(secret, StringComparison.Ordinal)), "only the add-mask command holds the value:\n" + run);
        StringAssert.Contains(run.Output, "::add-mask::" + secret);
        StringAssert.Contains(run.Output, "printed: ***");
        StringAssert.Contains(run.Output, "informed: ***");
    }

    [TestMethod]
    public void Under_Azure_Pipelines_diagnostics_are_logging_commands_at_their_place()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("mistakes.toml", FixtureProfiles.TwoMistakes);
        var environment = new Dictionary<string, string> { ["TF_BUILD"] = "True", ["BUILD_SOURCESDIRECTORY"] = folder.Directory };

        var run = Tool.Run(folder.Directory, environment, "check", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "##vso[task.logissue type=error;sourcepath=mistakes.toml;linenumber=2;columnnumber=13;code=TSK1001]");
        StringAssert.Contains(run.Error, "##vso[task.logissue type=error;sourcepath=mistakes.toml;linenumber=7;columnnumber=11;code=TSK0006]");
    }

    [TestMethod]
    public void Outside_CI_or_with_ci_none_no_command_is_written()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("fail.toml", FixtureProfiles.Failing);

        var plain = Tool.Run(folder.Directory, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly);
        var off = Tool.Run(folder.Directory, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "launch", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--ci", "none");

        foreach (var run in new[] { plain, off })
        {
            Assert.AreEqual(1, run.ExitCode, run.ToString());
            Assert.IsFalse(run.Output.Contains("::", StringComparison.Ordinal) || run.Error.Contains("::", StringComparison.Ordinal), run.ToString());
        }
    }

    [TestMethod]
    public void Check_writes_SARIF_for_code_scanning_with_each_mistake_at_its_place()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("mistakes.toml", FixtureProfiles.TwoMistakes);

        var run = Tool.Run(folder.Directory, "check", "-f", profile, "--assembly", BuiltFiles.FixtureAssembly, "--format", "sarif");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        using var sarif = JsonDocument.Parse(run.Output);
        Assert.AreEqual("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var sarifRun = sarif.RootElement.GetProperty("runs")[0];
        Assert.AreEqual("tasker", sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        Assert.HasCount(2, results);
        var unknown = results.Single(result => result.GetProperty("ruleId").GetString() == "TSK1001");
        Assert.AreEqual("error", unknown.GetProperty("level").GetString());
        var location = unknown.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.AreEqual("mistakes.toml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.AreEqual("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.AreEqual(2, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.AreEqual(13, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("id").GetString()).ToList();
        CollectionAssert.AreEquivalent(new[] { "TSK0006", "TSK1001" }, rules);
    }
}
