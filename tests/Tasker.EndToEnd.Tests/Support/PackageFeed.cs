namespace Tasker.EndToEnd.Tests.Support;

/// <summary>
/// Packs Tasker and Tasker.MSBuild once per test run into a temporary folder feed, with a package folder of
/// the run's own, as the brief's end-to-end tests require.
/// </summary>
internal static class PackageFeed
{
    private static readonly Lazy<PackedFeed> Packed = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    public static PackedFeed Current => Packed.Value;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static void Cleanup()
    {
        if (Packed.IsValueCreated)
        {
            TryDelete(Packed.Value.Root);
        }
    }

    private static PackedFeed Pack()
    {
        var root = Path.Combine(Path.GetTempPath(), "tasker-e2e", Guid.NewGuid().ToString("N")[..12]);
        var feed = Path.Combine(root, "feed");
        var packages = Path.Combine(root, "packages");
        Directory.CreateDirectory(feed);
        Directory.CreateDirectory(packages);
        foreach (var project in new[] { "src/Tasker/Tasker.csproj", "src/Tasker.MSBuild/Tasker.MSBuild.csproj" })
        {
            // Built under the run's own folder: the test run is building the repository's obj/ and bin/ at the same time.
            // The precompiled task for this platform only: a full pack compiles it for four, a minute more of every run.
            var result = DotNet.Run(RepositoryRoot, packages, "pack", project, "-c", "Release", "-o", feed, "-nr:false", $"-p:TaskerBuildRoot={Path.Combine(root, "build")}", $"-p:TaskerTaskRuntimeIdentifiers={InstalledTool.PlatformRuntimeIdentifier}");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{result}");
            }
        }

        return new PackedFeed(root, feed, packages);
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tasker.MSBuild.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"Tasker.MSBuild.sln not found above {AppContext.BaseDirectory}.");
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
