using Tasker.Cli.Output;
using Tasker.Diagnostics;
using Tasker.Hosting;


namespace Tasker.Cli.Loading;

/// <summary>
/// Gets the task types for a command: from <c>--assembly</c>, or from the project's output assembly (built
/// first unless <c>--no-build</c>), loaded into a collectible context as in the build.
/// </summary>
internal static class TaskTypesLoader
{
    public static TaskTypes Load(TaskSource source, ConsoleOutput output)
    {
        var location = SourceLocation.OfFile(source.ProfilePath ?? "tasker");
        if (source.AssemblyPath is { } given)
        {
            // An assembly used as it is: its own place is all that is known of a build.
            var assembly = Path.GetFullPath(given);
            var build = new BuildContext { OutputAssembly = assembly, OutputDirectory = Path.GetDirectoryName(assembly) };
            return new TaskTypes(TaskSet.Load(assembly, [], location, string.Empty), stateDirectory: null, build);
        }

        return FromProject(source, output, location) is { } types ? types : new TaskTypes(TaskSet.BuiltIn());
    }

    private static TaskTypes? FromProject(TaskSource source, ConsoleOutput output, SourceLocation location)
    {
        var diagnostics = new List<Diagnostic>();
        var project = ProjectFileLocator.Find(source, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            DiagnosticFormat.Write(output, diagnostic);
        }

        if (project is null)
        {
            return null;
        }

        // Evaluated before the build, so a framework the project does not target is said plainly, not by the SDK.
        var evaluated = ProjectEvaluator.Evaluate(project, source.Configuration, source.Framework, location);
        if (evaluated.FrameworksToChooseFrom.Count > 0)
        {
            output.ErrorLine($"{Path.GetFileName(project)} targets {string.Join(", ", evaluated.FrameworksToChooseFrom)}: using {evaluated.Framework} (choose another with --framework).");
        }

        if (!source.NoBuild)
        {
            ProjectBuilder.Build(project, source.Configuration, evaluated.Framework, location, output.ErrorLine);
        }

        var dependencies = ProjectEvaluator.Dependencies(project, source.Configuration, evaluated.Framework, location);
        var tasks = TaskSet.Load(evaluated.AssemblyPath, dependencies, location, "Build the project first, or drop --no-build.");
        return new TaskTypes(tasks, evaluated.StateDirectory, evaluated.Build);
    }
}
