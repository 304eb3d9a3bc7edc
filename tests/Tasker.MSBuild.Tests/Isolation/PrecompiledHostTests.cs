using System.Runtime.InteropServices;
using Tasker.MSBuild.Isolation;
using Tasker.Tests.Support;

namespace Tasker.MSBuild.Tests.Isolation;

/// <summary>Which of the package's hosts a pipeline in the host starts: the precompiled one only where it can run precompiled.</summary>
[TestClass]
public sealed class PrecompiledHostTests
{
    private static string Platform =>
        $"{(OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux")}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";

    // A package's tasks/ folder: the portable host, and the precompiled one for the given platforms.
    private static string PortableHost(TestProfiles files, params string[] platforms)
    {
        foreach (var platform in platforms)
        {
            files.Write($"tasks/host-net10.0-{platform}/Tasker.Host.dll", "precompiled");
        }

        return files.Write("tasks/host/Tasker.Host.dll", "portable");
    }

    private static HostRuntimePlan Plan(string version, string rollForward = "Major") =>
        new($"net{version[..4]}", [new HostFramework("Microsoft.NETCore.App", version), new HostFramework("Microsoft.AspNetCore.App", version)], rollForward, []);

    [TestMethod]
    public void A_host_on_NET_10_is_the_one_precompiled_for_the_platform()
    {
        using var files = new TestProfiles();
        var portable = PortableHost(files, Platform);

        var host = ProcessPipelines.PrecompiledHostFor(Plan("10.0.0"), portable);

        Assert.AreEqual(Path.GetFullPath(Path.Combine(files.Directory, "tasks", $"host-net10.0-{Platform}", "Tasker.Host.dll")), host);
    }

    [TestMethod]
    [DataRow("8.0.0", "Major")]
    [DataRow("9.0.0", "Major")]
    [DataRow("11.0.0", "Major")]
    [DataRow("10.0.0", "LatestMajor")]
    public void A_host_on_another_runtime_or_one_not_known_yet_is_the_portable_one(string version, string rollForward)
    {
        using var files = new TestProfiles();
        var portable = PortableHost(files, Platform);

        Assert.AreEqual(portable, ProcessPipelines.PrecompiledHostFor(Plan(version, rollForward), portable));
    }

    [TestMethod]
    public void A_platform_the_package_has_no_precompiled_host_for_gets_the_portable_one()
    {
        using var files = new TestProfiles();
        var portable = PortableHost(files, "sunos-sparc");

        Assert.AreEqual(portable, ProcessPipelines.PrecompiledHostFor(Plan("10.0.0"), portable));
    }
}
