using Microsoft.Extensions.Logging;
using Tasker;

namespace Fixture;

/// <summary>Prints what it sees of the build, the working directory and its table's values.</summary>
public sealed class BuildContextTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var build = PipelineContext.Build;
        Console.WriteLine($"project directory: {build.ProjectDirectory}");
        Console.WriteLine($"output assembly: {build.OutputAssembly}");
        Console.WriteLine($"intermediate directory: {build.IntermediateDirectory}");
        Console.WriteLine($"configuration: {build.Configuration}");
        Console.WriteLine($"target framework: {build.TargetFramework}");
        foreach (var (name, value) in build.Properties)
        {
            Console.WriteLine($"property {name}: {value}");
        }

        Console.WriteLine($"working directory: {Environment.CurrentDirectory}");
        foreach (var key in profile.Keys)
        {
            Console.WriteLine($"value {key}: {profile[key]}");
        }

        return Return.Success;
    }
}
