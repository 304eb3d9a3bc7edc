using System.IO.Compression;
using System.Reflection.PortableExecutable;
using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

/// <summary>
/// The task the SDK's MSBuild loads and the host a project on .NET 10 starts: built for .NET 10 and precompiled
/// (ReadyToRun) for the platform, so a pipeline in the build does not wait for the engine to be compiled just in time.
/// </summary>
[TestClass]
public sealed class PrecompiledTaskTests
{
    private static string PlatformFolder => $"tasks/net10.0-{InstalledTool.PlatformRuntimeIdentifier}/";

    private static string PlatformHostFolder => $"tasks/host-net10.0-{InstalledTool.PlatformRuntimeIdentifier}/";

    private static ConsumerProject Consumer() => ConsumerProject.WithGreetingPipeline();

    [TestMethod]
    public void The_package_carries_the_task_and_engine_precompiled_for_the_platform()
    {
        var package = Path.Combine(PackageFeed.Current.Feed, $"Tasker.MSBuild.{ConsumerProject.TaskerVersion}.nupkg");
        using var archive = ZipFile.OpenRead(package);

        foreach (var assembly in new[] { PlatformFolder + "Tasker.MSBuild.dll", PlatformFolder + "Tasker.dll", PlatformFolder + "Tomlyn.dll", PlatformHostFolder + "Tasker.Host.dll", PlatformHostFolder + "Tasker.dll" })
        {
            var entry = archive.GetEntry(assembly);
            Assert.IsNotNull(entry, $"{assembly} is missing:\n{string.Join("\n", archive.Entries.Select(item => item.FullName))}");
            using var image = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(image);
            }

            image.Position = 0;
            using var reader = new PEReader(image);
            Assert.IsTrue(reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} carries no ReadyToRun code");
        }

        var entries = archive.Entries.Select(entry => entry.FullName).ToList();
        CollectionAssert.Contains(entries, "tasks/net8.0/Tasker.MSBuild.dll", "SDKs before 10 still get the .NET 8 task");
        CollectionAssert.Contains(entries, "tasks/host/Tasker.Host.dll", "projects on other runtimes still get the portable host");
        CollectionAssert.Contains(entries, PlatformHostFolder + "Tasker.Host.deps.json");
    }

    [TestMethod]
    public void The_build_runs_the_pipeline_with_the_precompiled_task_of_its_platform()
    {
        using var project = Consumer();

        var result = project.Build("-v:d", "-p:TaskerIsolation=none");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output.Replace('\\', '/'), $"{PlatformFolder}Tasker.MSBuild.dll", result.ToString());
        StringAssert.Contains(result.Output, "greeting v1", result.ToString());
        StringAssert.Contains(result.Output, "Tasker pipeline 'Greeting': 1 task run", result.ToString());
    }

    [TestMethod]
    public void A_project_on_NET_10_runs_its_pipeline_in_the_precompiled_host_of_its_platform()
    {
        using var project = Consumer();

        var result = project.Build("-v:d", "-p:TaskerIsolation=process");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output.Replace('\\', '/'), $"{PlatformHostFolder}Tasker.Host.dll", result.ToString());
        StringAssert.Contains(result.Output, "greeting v1", result.ToString());
    }

    [TestMethod]
    public void A_pipeline_in_the_build_leaves_none_of_Taskers_own_code_to_the_JIT()
    {
        using var project = Consumer();
        var first = project.Build("-p:TaskerIsolation=none");
        Assert.AreEqual(0, first.ExitCode, first.ToString());
        var jitLog = Path.Combine(project.Directory, "jit.txt");

        // Nothing to compile or restore, one node: the log is the MSBuild process's alone.
        var result = project.Build(
            new Dictionary<string, string?> { ["DOTNET_JitStdOutFile"] = jitLog, ["DOTNET_JitDisasmSummary"] = "1" },
            "--no-restore", "-m:1", "-p:TaskerIsolation=none", "-p:TaskerAlwaysRun=true");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "Tasker pipeline 'Greeting': 1 task run", result.ToString());
        var compiled = File.ReadAllLines(jitLog).Select(line => line.Split("JIT compiled ", 2)).Where(parts => parts.Length == 2).Select(parts => parts[1]).ToList();
        Assert.IsTrue(compiled.Count > 100, $"the JIT log lists {compiled.Count} methods: is DOTNET_JitStdOutFile still read?");

        // The type that owns each method compiled just in time; generic code of the framework over one of Tasker's
        // types counts as Tasker's. A generic method of Tasker's over another library's struct (the logger's state)
        // is code no precompiled image can hold.
        var taskers = compiled
            .Where(method => method[..method.IndexOf(':', StringComparison.Ordinal)].Contains("Tasker.", StringComparison.Ordinal))
            .Where(method => !method.StartsWith("Tasker.Execution.TaskLogger:Log[", StringComparison.Ordinal))
            .ToList();
        Assert.AreEqual(0, taskers.Count, $"compiled just in time:\n{string.Join("\n", taskers)}");
    }
}
