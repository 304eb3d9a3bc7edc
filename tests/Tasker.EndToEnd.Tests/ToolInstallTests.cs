using System.IO.Compression;
using System.Reflection.PortableExecutable;
using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

/// <summary>
/// The tasker tool as users get it: packed per platform with precompiled (ReadyToRun) code plus a portable fallback,
/// installed with <c>dotnet tool install</c>, run from the tool path.
/// </summary>
[TestClass]
public sealed class ToolInstallTests
{
    private const string Profile = """
        __name__ = "installed"
        [[__meta__]]
        reference = "Tasker.Tasks.StorageKeyDeleteTask"
        profile = "clean"

        [clean]
        keys = ["nothing"]
        """;

    [TestMethod]
    public void The_installed_tool_is_this_platforms_precompiled_package_and_runs_a_pipeline()
    {
        var tool = InstalledTool.Current;
        var folder = Directory.CreateTempSubdirectory("tasker-tool-run-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "pipeline.toml"), Profile);

            var result = DotNet.RunProgram(tool.Command, folder, tool.PackagesFolder, "launch", "-f", "pipeline.toml");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Output, "Successfully finished", result.ToString());
            var installed = Directory.EnumerateFiles(tool.ToolPath, "Tasker.Cli.dll", SearchOption.AllDirectories).Single();
            StringAssert.Contains(installed.Replace('\\', '/'), $"/tasker.cli.{InstalledTool.PlatformRuntimeIdentifier}/", "dotnet tool install picks the platform's package");
            Assert.IsTrue(IsReadyToRun(File.ReadAllBytes(installed)), $"{installed} has no precompiled code");
        }
        finally
        {
            PackageFeed.TryDelete(folder);
        }
    }

    [TestMethod]
    public void The_portable_fallback_package_runs_on_any_platform_with_dotnet()
    {
        var tool = InstalledTool.Current;
        var portable = Path.Combine(tool.Root, "portable");
        ZipFile.ExtractToDirectory(Path.Combine(tool.Feed, $"Tasker.Cli.any.{ConsumerProject.TaskerVersion}.nupkg"), portable);
        var entryPoint = Path.Combine(portable, "tools", "net10.0", "any", "Tasker.Cli.dll");
        File.WriteAllText(Path.Combine(portable, "pipeline.toml"), Profile);

        var result = DotNet.Run(portable, tool.PackagesFolder, entryPoint, "launch", "-f", "pipeline.toml");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "Successfully finished", result.ToString());
        Assert.IsFalse(IsReadyToRun(File.ReadAllBytes(entryPoint)), "the portable package holds intermediate code only");
        using var outer = ZipFile.OpenRead(Path.Combine(tool.Feed, $"Tasker.Cli.{ConsumerProject.TaskerVersion}.nupkg"));
        using var settings = new StreamReader(outer.Entries.Single(entry => entry.Name == "DotnetToolSettings.xml").Open());
        var text = settings.ReadToEnd();
        StringAssert.Contains(text, "RuntimeIdentifier=\"any\" Id=\"Tasker.Cli.any\"", "other platforms fall back to the portable package");
    }

    [TestMethod]
    public void A_launch_of_the_installed_tool_leaves_next_to_nothing_to_the_JIT()
    {
        var tool = InstalledTool.Current;
        var folder = Directory.CreateTempSubdirectory("tasker-tool-jit-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "pipeline.toml"), Profile);
            var jitLog = Path.Combine(folder, "jit.txt");

            var result = DotNet.RunProgram(
                tool.Command,
                folder,
                tool.PackagesFolder,
                new Dictionary<string, string?> { ["DOTNET_JitStdOutFile"] = jitLog, ["DOTNET_JitDisasmSummary"] = "1" },
                "launch",
                "-f",
                "pipeline.toml");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            var compiled = File.ReadAllLines(jitLog).Select(line => line.Split("JIT compiled ", 2)).Where(parts => parts.Length == 2).Select(parts => parts[1]).ToList();

            // What is left is generic code no precompiled image can hold: the parser's flag options (Option<bool>)
            // and a few methods of the runtime's own; 13 when this was written, 35 before. Tasker's code, and
            // framework generics over Tasker's types or keyed by int, must not come back.
            Assert.IsTrue(compiled.Count is > 0 and <= 16, $"{compiled.Count} methods compiled just in time:\n{string.Join("\n", compiled)}");
            var avoidable = compiled
                .Where(method => method.Contains("Tasker.", StringComparison.Ordinal)
                    || method.Contains("[System.__Canon,int]:TryGetValue", StringComparison.Ordinal)
                    || method.Contains("HashSet`1[int]", StringComparison.Ordinal)
                    || method.Contains("Option`1[int]", StringComparison.Ordinal)
                    || method.Contains("IL_STUB_PInvoke", StringComparison.Ordinal)
                    || method.Contains("System.Linq.", StringComparison.Ordinal))
                .ToList();
            Assert.AreEqual(0, avoidable.Count, $"compiled just in time:\n{string.Join("\n", avoidable)}");
        }
        finally
        {
            PackageFeed.TryDelete(folder);
        }
    }

    // A ReadyToRun image carries a native code header next to its intermediate code.
    private static bool IsReadyToRun(byte[] image)
    {
        using var reader = new PEReader(new MemoryStream(image));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
