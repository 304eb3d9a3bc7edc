using System.Runtime.InteropServices;

namespace Tasker.EndToEnd.Tests.Support;

/// <summary>
/// Packs the tasker tool once per test run for this platform and the portable fallback (a full pack makes five
/// packages), and installs it with <c>dotnet tool install</c> from that feed, as a user would.
/// </summary>
internal static class InstalledTool
{
    private static readonly Lazy<InstalledToolRun> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static InstalledToolRun Current => Installed.Value;

    /// <summary>The platform's runtime identifier as the tool packages name it (linux-x64, osx-arm64, win-x64, ...).</summary>
    public static string PlatformRuntimeIdentifier { get; } =
        $"{(OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux")}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";

    public static void Cleanup()
    {
        if (Installed.IsValueCreated)
        {
            PackageFeed.TryDelete(Installed.Value.Root);
        }
    }

    private static InstalledToolRun Install()
    {
        var root = Path.Combine(Path.GetTempPath(), "tasker-e2e", "tool-" + Guid.NewGuid().ToString("N")[..12]);
        var feed = Path.Combine(root, "feed");
        var packages = Path.Combine(root, "packages");
        var tools = Path.Combine(root, "tools");
        Directory.CreateDirectory(feed);
        Directory.CreateDirectory(packages);
        var pack = DotNet.Run(
            PackageFeed.RepositoryRoot,
            packages,
            "pack", "src/Tasker.Cli/Tasker.Cli.csproj", "-c", "Release", "-o", feed, "-nr:false",
            $"-p:TaskerBuildRoot={Path.Combine(root, "build")}",
            $"-p:TaskerToolRuntimeIdentifiers=\"{PlatformRuntimeIdentifier};any\"");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack of the tool failed:\n{pack}");
        }

        var config = Path.Combine(root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="tasker-tool-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var install = DotNet.Run(root, packages, "tool", "install", "Tasker.Cli", "--version", ConsumerProject.TaskerVersion, "--tool-path", tools, "--configfile", config);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet tool install of the tool failed:\n{install}");
        }

        return new InstalledToolRun(root, feed, packages, tools);
    }
}
