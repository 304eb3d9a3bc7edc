namespace Tasker;

/// <summary>
/// Where the build that runs a pipeline stands: the project, its output and intermediate folders, its configuration
/// and target framework, and the MSBuild properties the project names in <c>TaskerProperties</c>. A class task reads
/// it from <see cref="PipelineContext.Build"/>, a function task from <see cref="TaskContext.Build"/>, a profile value
/// with the <c>$C</c> suffix (<c>"ProjectDirectory$C"</c>). A fact the run does not know (a unit test that sets none,
/// <c>tasker launch --assembly</c>) is <see langword="null"/>. Paths are full paths.
/// </summary>
#if NETFRAMEWORK
// The .NET Framework build of the MSBuild task compiles this file for the host protocol only: not its API there.
internal
#else
public
#endif
sealed class BuildContext
{
    private static readonly StringComparer PropertyNames = StringComparer.OrdinalIgnoreCase;
    private readonly IReadOnlyDictionary<string, string> _properties = new Dictionary<string, string>(PropertyNames);

    /// <summary>A context with no facts, as a run without a build has; unit tests set the facts they need.</summary>
    public BuildContext()
    {
    }

    /// <summary>The project file (<c>MSBuildProjectFullPath</c>).</summary>
    public string? ProjectFile { get; init; }

    /// <summary>The project's folder (<c>MSBuildProjectDirectory</c>); the working directory while the pipeline runs.</summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>The project's output assembly (<c>TargetPath</c>), which the task classes were loaded from.</summary>
    public string? OutputAssembly { get; init; }

    /// <summary>The folder of the output assembly (<c>TargetDir</c>).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The project's intermediate folder (<c>IntermediateOutputPath</c>, such as <c>obj/Debug/net10.0/</c>).</summary>
    public string? IntermediateDirectory { get; init; }

    /// <summary>The build's configuration (<c>Debug</c>, <c>Release</c>).</summary>
    public string? Configuration { get; init; }

    /// <summary>The target framework of this build (<c>net10.0</c>); one inner build's in a multi-targeted project.</summary>
    public string? TargetFramework { get; init; }

    /// <summary>
    /// The MSBuild properties named in <c>TaskerProperties</c>, with their values in this build; names are compared
    /// without regard to case, as MSBuild compares them. Other properties are not passed to the pipeline.
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties
    {
        get => _properties;
        init => _properties = Copy(value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>The value of an MSBuild property named in <c>TaskerProperties</c>.</summary>
    /// <exception cref="KeyNotFoundException">The project does not name the property in <c>TaskerProperties</c>.</exception>
    public string GetProperty(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        return _properties.TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"The MSBuild property '{name}' is not passed to the pipeline: add it to TaskerProperties in the project (<TaskerProperties>$(TaskerProperties);{name}</TaskerProperties>).");
    }

    // Also compiled into the .NET Framework build of the MSBuild task (for the host protocol), so no newer APIs.
    private static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string> values)
    {
        var copy = new Dictionary<string, string>(PropertyNames);
        foreach (var pair in values)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy;
    }
}
