namespace Tasker.Cli.Loading;

/// <summary>Where the task classes come from, as the command line gives it.</summary>
/// <param name="AssemblyPath"><c>--assembly</c>: an assembly to load as it is.</param>
/// <param name="ProjectPath"><c>--project</c>: a project to build and take the output assembly of.</param>
/// <param name="NoBuild"><c>--no-build</c>: take the project's existing output.</param>
/// <param name="Configuration"><c>--configuration</c>: the build configuration of the project.</param>
/// <param name="Framework"><c>--framework</c>: the target framework of a multi-targeted project, or <see langword="null"/>.</param>
/// <param name="ProfilePath">The profile, whose folder is searched for a project first.</param>
internal sealed record TaskSource(string? AssemblyPath, string? ProjectPath, bool NoBuild, string Configuration, string? Framework, string? ProfilePath);
