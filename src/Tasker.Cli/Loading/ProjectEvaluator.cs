using System.Runtime.CompilerServices;
using Microsoft.Build.Evaluation;
using Microsoft.Build.Execution;
using Microsoft.Build.Locator;
using Tasker.Diagnostics;

namespace Tasker.Cli.Loading;

/// <summary>
/// Evaluates a project with the SDK's own MSBuild (found by Microsoft.Build.Locator) to learn its output
/// assembly (<c>TargetPath</c>) and its copy-local package assemblies, which a class library does not copy to
/// its output folder.
/// </summary>
internal static class ProjectEvaluator
{
    private static readonly object RegistrationGate = new();

    public static ProjectOutput Evaluate(string projectPath, string configuration, string? framework, SourceLocation location)
    {
        lock (RegistrationGate)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                try
                {
                    MSBuildLocator.RegisterDefaults();
                }
                catch (InvalidOperationException exception)
                {
                    throw Failure(location, projectPath, $"no .NET SDK was found to evaluate it with ({exception.Message}). Pass --assembly PATH instead");
                }
            }
        }

        try
        {
            return EvaluateWithMSBuild(projectPath, configuration, framework, location);
        }
        catch (Exception exception) when (exception is not DiagnosticException and not OutOfMemoryException)
        {
            throw Failure(location, projectPath, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    // Kept out of Evaluate: the JIT must not meet MSBuild types before the locator has registered the SDK's copy.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ProjectOutput EvaluateWithMSBuild(string projectPath, string configuration, string? framework, SourceLocation location)
    {
        using var projects = new ProjectCollection(new Dictionary<string, string> { ["Configuration"] = configuration });
        var project = projects.LoadProject(projectPath);
        var frameworks = project.GetPropertyValue("TargetFrameworks").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var targeted = frameworks.Length > 0 ? frameworks : [project.GetPropertyValue("TargetFramework")];
        if (framework is not null && !targeted.Contains(framework, StringComparer.OrdinalIgnoreCase))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.CliFrameworkNotTargeted,
                location,
                $"The project {Path.GetFileName(projectPath)} does not target '{framework}' (given with --framework); it targets {string.Join(", ", targeted.Where(name => name.Length > 0))}. Pass one of those."));
        }

        // A multi-targeted project has an output per framework: the one asked for, else the first it lists.
        var chosen = framework ?? (frameworks.Length > 0 ? frameworks[0] : null);
        if (frameworks.Length > 0 && chosen is not null)
        {
            projects.UnloadAllProjects();
            project = projects.LoadProject(projectPath, new Dictionary<string, string> { ["Configuration"] = configuration, ["TargetFramework"] = chosen }, toolsVersion: null);
        }

        var targetPath = project.GetPropertyValue("TargetPath");
        if (string.IsNullOrEmpty(targetPath))
        {
            throw new InvalidOperationException("the project defines no TargetPath, so it has no output assembly");
        }

        var stateDirectory = project.GetPropertyValue("TaskerStateDirectory");
        return new ProjectOutput(
            targetPath,
            string.IsNullOrEmpty(stateDirectory) ? null : Path.GetFullPath(stateDirectory, project.DirectoryPath),
            BuildContextOf(project, targetPath))
        {
            Framework = frameworks.Length > 0 ? chosen : null,
            FrameworksToChooseFrom = framework is null && frameworks.Length > 1 ? frameworks : [],
        };
    }

    /// <summary>
    /// The package assemblies the project's output runs with, read from the restore's assets file, so only after the
    /// project was built (or restored): a class library does not copy them to its output folder.
    /// </summary>
    public static IReadOnlyList<string> Dependencies(string projectPath, string configuration, string? framework, SourceLocation location)
    {
        try
        {
            return DependenciesWithMSBuild(projectPath, configuration, framework);
        }
        catch (Exception exception) when (exception is not DiagnosticException and not OutOfMemoryException)
        {
            throw Failure(location, projectPath, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IReadOnlyList<string> DependenciesWithMSBuild(string projectPath, string configuration, string? framework)
    {
        var globals = new Dictionary<string, string> { ["Configuration"] = configuration };
        if (framework is not null)
        {
            globals["TargetFramework"] = framework;
        }

        using var projects = new ProjectCollection(globals);
        return CopyLocalPackageAssemblies(projects.LoadProject(projectPath));
    }

    // The same facts the build's targets hand the MSBuild task.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static BuildContext BuildContextOf(Project project, string targetPath)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in project.GetPropertyValue("TaskerProperties").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            properties[name] = project.GetPropertyValue(name);
        }

        // MSBuild's own defaults write 'obj\': a path separator on every platform, as MSBuild reads it.
        var intermediate = project.GetPropertyValue("IntermediateOutputPath").Replace('\\', Path.DirectorySeparatorChar);
        return new BuildContext
        {
            ProjectFile = project.FullPath,
            ProjectDirectory = project.DirectoryPath,
            OutputAssembly = Path.GetFullPath(targetPath, project.DirectoryPath),
            OutputDirectory = Path.GetDirectoryName(Path.GetFullPath(targetPath, project.DirectoryPath)),
            IntermediateDirectory = intermediate.Length == 0 ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(intermediate, project.DirectoryPath)),
            Configuration = NullIfEmpty(project.GetPropertyValue("Configuration")),
            TargetFramework = NullIfEmpty(project.GetPropertyValue("TargetFramework")),
            Properties = properties,
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IReadOnlyList<string> CopyLocalPackageAssemblies(Project project)
    {
        // Reads only the restore's assets file; without a restore there is nothing to add and the output folder must do.
        var instance = project.CreateProjectInstance();
        if (!instance.Build(["ResolvePackageAssets"], loggers: null))
        {
            return [];
        }

        return [.. instance.GetItems("RuntimeCopyLocalItems").Select(item => item.GetMetadataValue("FullPath"))];
    }

    private static DiagnosticException Failure(SourceLocation location, string projectPath, string why) =>
        new(Diagnostic.Error(
            DiagnosticCodes.CliEvaluationFailed,
            location,
            $"The project {Path.GetFileName(projectPath)} could not be evaluated to find its output assembly: {why}."));
}
