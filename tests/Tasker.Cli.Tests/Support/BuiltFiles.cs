using System.Reflection;

namespace Tasker.Cli.Tests.Support;

/// <summary>Paths of what the test build produced, recorded in this assembly's metadata at compile time.</summary>
internal static class BuiltFiles
{
    public static string Tool { get; } = Existing("TaskerCliPath");

    public static string FixtureAssembly { get; } = Existing("FixtureAssemblyPath");

    public static string FixtureProject { get; } = Existing("FixtureProjectPath");

    /// <summary>The configuration the tests were built in, and so the fixture project.</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    private static string Metadata(string key) =>
        typeof(BuiltFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;

    private static string Existing(string key)
    {
        var value = Metadata(key);
        var path = Path.GetFullPath(value.Replace('\\', Path.DirectorySeparatorChar));
        return File.Exists(path) ? path : throw new FileNotFoundException($"{key} was not built: {path}");
    }
}
