using System.Text.RegularExpressions;

namespace Tasker.EndToEnd.Tests.Support;

/// <summary>
/// A real consumer project in a temporary folder: a class library with a PackageReference to Tasker.MSBuild
/// from the test feed, its own nuget.config, task classes and profiles.
/// </summary>
internal sealed partial class ConsumerProject : IDisposable
{
    public const string TaskerVersion = "0.1.0";

    private readonly PackedFeed _feed;

    public ConsumerProject(string name = "Consumer", string targetFrameworks = "net10.0", string extraProperties = "", string extraItems = "", string sdk = "Microsoft.NET.Sdk")
    {
        _feed = PackageFeed.Current;
        Directory = Path.Combine(_feed.Root, "consumers", $"{name}-{Guid.NewGuid().ToString("N")[..8]}");
        System.IO.Directory.CreateDirectory(Directory);
        ProjectPath = Path.Combine(Directory, $"{name}.csproj");
        var frameworkProperty = targetFrameworks.Contains(';', StringComparison.Ordinal) ? "TargetFrameworks" : "TargetFramework";
        Write($"{name}.csproj", $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <{frameworkProperty}>{targetFrameworks}</{frameworkProperty}>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
            {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Tasker.MSBuild" Version="{TaskerVersion}" />
            {extraItems}
              </ItemGroup>
            </Project>
            """);
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{_feed.PackagesFolder}" />
              </config>
              <packageSources>
                <clear />
                <add key="tasker-test-feed" value="{_feed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        // Keep the consumer independent of anything above the temporary folder.
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
    }

    /// <summary>A consumer with the two snippet tasks and the snippet pipeline, its check in <paramref name="checkMode"/>.</summary>
    public static ConsumerProject WithPipeline(string checkMode, string targetFrameworks = "net10.0", string extraProperties = "")
    {
        var project = new ConsumerProject(targetFrameworks: targetFrameworks, extraProperties: extraProperties, extraItems: "    <TaskerProfile Include=\"pipeline.toml\" />");
        project.Write("GreetingTask.cs", Snippets.GreetingTask);
        project.Write("CheckTask.cs", Snippets.CheckTask);
        project.Write("pipeline.toml", Snippets.Pipeline(checkMode));
        return project;
    }

    /// <summary>A consumer with the greeting task and a one-entry pipeline 'Greeting' that runs it.</summary>
    public static ConsumerProject WithGreetingPipeline()
    {
        var project = new ConsumerProject(extraItems: "    <TaskerProfile Include=\"pipeline.toml\" />");
        project.Write("GreetingTask.cs", Snippets.GreetingTask);
        project.Write("pipeline.toml", "__name__ = \"Greeting\"\n\n[[__meta__]]\nreference = \"Consumer.GreetingTask\"\nprofile = \"greeting\"\n\n[greeting]\ntext = \"hi\"\n");
        return project;
    }

    public string Directory { get; }

    public string ProjectPath { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public ProcessResult Build(params string[] arguments) =>
        DotNet.Run(Directory, _feed.PackagesFolder, ["build", ProjectPath, "-nr:false", "-v:n", .. arguments]);

    /// <summary>Starts a build as from a terminal (see <see cref="DotNet.StartInTerminal"/>); Unix only.</summary>
    public RunningCommand StartBuildInTerminal(params string[] arguments) =>
        DotNet.StartInTerminal(Directory, _feed.PackagesFolder, ["build", ProjectPath, "-nr:false", "-v:n", .. arguments]);

    /// <summary>Builds with these environment variables (a null value unsets one).</summary>
    public ProcessResult Build(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        DotNet.Run(Directory, _feed.PackagesFolder, environment, ["build", ProjectPath, "-nr:false", "-v:n", .. arguments]);

    /// <summary>Builds at the default verbosity in a pseudo-terminal, where the .NET SDK uses the Terminal Logger.</summary>
    public ProcessResult BuildInTerminal(params string[] arguments) =>
        DotNet.RunInTerminal(Directory, _feed.PackagesFolder, ["build", ProjectPath, "-nr:false", .. arguments]);

    public void Dispose() => PackageFeed.TryDelete(Directory);

    /// <summary>The MSBuild diagnostics of the output, as "file(line,col): severity code".</summary>
    public static IReadOnlyList<string> Diagnostics(string output) =>
        [.. DiagnosticLine().Matches(output).Select(match => $"{Path.GetFileName(match.Groups["file"].Value)}({match.Groups["line"].Value},{match.Groups["col"].Value}): {match.Groups["severity"].Value} {match.Groups["code"].Value}").Distinct()];

    [GeneratedRegex(@"(?<file>[^\s:]+\.toml)\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\): (?<severity>error|warning) (?<code>[A-Z]+\d+)", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
