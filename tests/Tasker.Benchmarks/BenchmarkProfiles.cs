using System.Globalization;
using System.Text;

namespace Tasker.Benchmarks;

/// <summary>Profile files for the benchmarks, written to a temporary folder.</summary>
internal static class BenchmarkProfiles
{
    private const string Task = "Tasker.Benchmarks.";

    public static string Directory { get; } = CreateDirectory();

    /// <summary><paramref name="count"/> entries, one after the other.</summary>
    public static string Sequential(int count, string task = "NoOpTask")
    {
        var text = new StringBuilder();
        for (var index = 0; index < count; index++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[[__meta__]]\nreference = \"{Task}{task}\"\n");
        }

        return Write($"sequential-{task}-{count}.toml", text.ToString());
    }

    /// <summary>One fork of <paramref name="count"/> branches on <paramref name="worker"/> threads (0: one per core).</summary>
    public static string Fork(int count, int worker, string task = "NoOpTask")
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"[[__meta__]]\nreference = \"Tasker.Tasks.ForkTask\"\nprofile = \"fork\"\n[fork]\nworker = {worker}\nreference = \"{Task}{task}\"\n");
        for (var index = 0; index < count; index++)
        {
            text.Append("[[fork.tasks]]\nexecute = true\n");
        }

        return Write($"fork-{task}-{count}-{worker}.toml", text.ToString());
    }

    private static string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string CreateDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tasker-benchmarks", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
