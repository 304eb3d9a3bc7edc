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
        var (assemblyPath, dependencies, stateDirectory) = source.AssemblyPath is { } given
            ? (Path.GetFullPath(given), (IReadOnlyList<string>)[], null)
            : FromProject(source, output, location);
        if (assemblyPath is null)
        {
            return new TaskTypes(TaskSet.BuiltIn());
        }

        var fix = source.AssemblyPath is null ? "Build the project first, or drop --no-build." : string.Empty;
        return new TaskTypes(TaskSet.Load(assemblyPath, dependencies, location, fix), stateDirectory);
    }

    private static (string? AssemblyPath, IReadOnlyList<string> Dependencies, string? StateDirectory) FromProject(TaskSource source, ConsoleOutput output, SourceLocation location)
    {
        var diagnostics = new List<Diagnostic>();
        var project = ProjectFileLocator.Find(source, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            DiagnosticFormat.Write(output, diagnostic);
        }

        if (project is null)
        {
            return (null, [], null);
        }

        if (!source.NoBuild)
        {
            ProjectBuilder.Build(project, source.Configuration, location, output.ErrorLine);
        }

        var evaluated = ProjectEvaluator.Evaluate(project, source.Configuration, location);
        return (evaluated.AssemblyPath, evaluated.DependencyPaths, evaluated.StateDirectory);
    }
}
