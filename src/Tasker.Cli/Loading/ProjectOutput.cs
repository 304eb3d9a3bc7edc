namespace Tasker.Cli.Loading;

/// <summary>
/// What evaluating a project tells: its output assembly, where its pipelines
/// keep persistent storage in a build (<c>TaskerStateDirectory</c>; <see langword="null"/> without the package), and
/// the build context its pipelines see, as in <c>dotnet build</c>.
/// </summary>
internal sealed record ProjectOutput(string AssemblyPath, string? StateDirectory, BuildContext Build)
{
    /// <summary>The framework whose output is used: the one given, the first of a multi-targeted project's, else none (the project's only one).</summary>
    public string? Framework { get; init; }

    /// <summary>For a multi-targeted project run without <c>--framework</c>: the frameworks it targets, of which the first was taken.</summary>
    public IReadOnlyList<string> FrameworksToChooseFrom { get; init; } = [];
}
