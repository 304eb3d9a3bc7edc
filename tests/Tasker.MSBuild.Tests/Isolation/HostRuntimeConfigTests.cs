using System.Text.Json;
using Tasker.MSBuild.Isolation;
using Tasker.Tests.Support;

namespace Tasker.MSBuild.Tests.Isolation;

[TestClass]
public sealed class HostRuntimeConfigTests
{
    /// <summary>A dotnet installation folder with the given shared framework versions ("Name/1.2.3").</summary>
    private static string FakeDotNetRoot(TestProfiles files, params string[] frameworks)
    {
        foreach (var framework in frameworks)
        {
            Directory.CreateDirectory(Path.Combine(files.Directory, "dotnet", "shared", framework));
        }

        return Path.Combine(files.Directory, "dotnet");
    }

    [TestMethod]
    public void An_installed_runtime_of_the_project_is_used_from_its_first_patch()
    {
        using var files = new TestProfiles();
        var root = FakeDotNetRoot(files, "Microsoft.NETCore.App/9.0.4", "Microsoft.NETCore.App/10.0.12");

        var plan = HostRuntimeConfig.Plan(".NETCoreApp", "v9.0", [], root);

        Assert.AreEqual(new HostFramework("Microsoft.NETCore.App", "9.0.0"), plan.Frameworks.Single());
        Assert.AreEqual(0, plan.Notes.Count);
    }

    [TestMethod]
    public void A_missing_runtime_rolls_forward_to_the_newest_installed_one_with_a_note()
    {
        using var files = new TestProfiles();
        var root = FakeDotNetRoot(files, "Microsoft.NETCore.App/8.0.20", "Microsoft.NETCore.App/10.0.12", "Microsoft.NETCore.App/11.0.0-preview.1.2");

        var plan = HostRuntimeConfig.Plan(".NETCoreApp", "v9.0", [], root);

        Assert.AreEqual(new HostFramework("Microsoft.NETCore.App", "11.0.0"), plan.Frameworks.Single());
        StringAssert.Contains(plan.Notes.Single(), "9.0, which the project targets, is not installed");
    }

    [TestMethod]
    public void Every_shared_framework_of_the_project_is_asked_for_with_the_base_one_first()
    {
        using var files = new TestProfiles();
        var root = FakeDotNetRoot(files, "Microsoft.NETCore.App/10.0.12", "Microsoft.AspNetCore.App/10.0.12");

        var plan = HostRuntimeConfig.Plan(".NETCoreApp", "v10.0", ["Microsoft.AspNetCore.App", "Microsoft.NETCore.App"], root);

        CollectionAssert.AreEqual(
            new[] { new HostFramework("Microsoft.NETCore.App", "10.0.0"), new HostFramework("Microsoft.AspNetCore.App", "10.0.0") },
            plan.Frameworks.ToArray());
        Assert.AreEqual("net10.0", plan.TargetFramework);
    }

    [TestMethod]
    public void A_project_older_than_the_host_runs_on_the_hosts_minimum()
    {
        using var files = new TestProfiles();
        var root = FakeDotNetRoot(files, "Microsoft.NETCore.App/6.0.36", "Microsoft.NETCore.App/8.0.20");

        var plan = HostRuntimeConfig.Plan(".NETCoreApp", "v6.0", [], root);

        Assert.AreEqual("8.0.0", plan.Frameworks.Single().Version);
        StringAssert.Contains(plan.Notes.Single(), "needs .NET 8.0");
    }

    [TestMethod]
    public void Without_a_known_installation_the_runtime_picks_the_newest_major()
    {
        var plan = HostRuntimeConfig.Plan(".NETStandard", "v2.0", [], dotnetRoot: null);

        Assert.AreEqual(("LatestMajor", "8.0.0"), (plan.RollForward, plan.Frameworks.Single().Version));
    }

    [TestMethod]
    public void The_json_is_a_runtime_config_the_host_can_start_with()
    {
        var plan = new HostRuntimePlan("net10.0", [new HostFramework("Microsoft.NETCore.App", "10.0.0"), new HostFramework("Microsoft.AspNetCore.App", "10.0.0")], "Major", []);

        using var json = JsonDocument.Parse(HostRuntimeConfig.ToJson(plan));

        var options = json.RootElement.GetProperty("runtimeOptions");
        Assert.AreEqual("Major", options.GetProperty("rollForward").GetString());
        CollectionAssert.AreEqual(
            new[] { "Microsoft.NETCore.App", "Microsoft.AspNetCore.App" },
            options.GetProperty("frameworks").EnumerateArray().Select(framework => framework.GetProperty("name").GetString()).ToArray());
    }
}
