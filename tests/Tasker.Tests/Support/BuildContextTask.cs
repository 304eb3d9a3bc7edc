using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Prints what it sees of the build (facts, properties, working directory) and its table's values, and stores the facts as 'facts'.</summary>
public sealed class BuildContextTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var lines = Describe(PipelineContext.Build).ToList();
        lines.AddRange(profile.Keys.Order(StringComparer.Ordinal).Select(key => $"value {key}: {profile[key]} ({profile[key]?.GetType().Name})"));
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        shared["facts"] = string.Join("\n", lines);
        return Return.Success;
    }

    public IEnumerable<string> Provide() => ["facts"];

    internal static IEnumerable<string> Describe(BuildContext build)
    {
        yield return $"project file: {build.ProjectFile}";
        yield return $"project directory: {build.ProjectDirectory}";
        yield return $"output assembly: {build.OutputAssembly}";
        yield return $"output directory: {build.OutputDirectory}";
        yield return $"intermediate directory: {build.IntermediateDirectory}";
        yield return $"configuration: {build.Configuration}";
        yield return $"target framework: {build.TargetFramework}";
        foreach (var (name, value) in build.Properties.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            yield return $"property {name}: {value}";
        }

        yield return $"working directory: {Environment.CurrentDirectory}";
    }
}
