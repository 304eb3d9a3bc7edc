namespace Tasker.MSBuild.Isolation;

/// <summary>Finds the <c>dotnet</c> executable that starts the host, and the installation folder it belongs to.</summary>
internal static class DotNetLocator
{
    private static readonly string ExecutableName = Path.DirectorySeparatorChar == '\\' ? "dotnet.exe" : "dotnet";

    /// <summary>
    /// The given path, else <c>DOTNET_HOST_PATH</c> (the SDK sets it for tasks: the dotnet that runs the build),
    /// else <c>DOTNET_ROOT</c>, else the first <c>dotnet</c> on <c>PATH</c>.
    /// </summary>
    public static string Find(string? configured)
    {
        foreach (var candidate in new[] { configured, Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") })
        {
            if (!string.IsNullOrWhiteSpace(candidate) && File.Exists(candidate))
            {
                return candidate!;
            }
        }

        var roots = new[] { Environment.GetEnvironmentVariable("DOTNET_ROOT") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator));
        foreach (var root in roots.Where(root => !string.IsNullOrWhiteSpace(root)))
        {
            var path = Path.Combine(root!.Trim(), ExecutableName);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return ExecutableName;
    }

    /// <summary>The installation folder (with <c>shared/</c>) of a dotnet executable, through a symbolic link such as /usr/bin/dotnet.</summary>
    public static string? RootOf(string dotnetPath)
    {
        if (!File.Exists(dotnetPath))
        {
            return null;
        }

        var path = dotnetPath;
#if NET
        if (File.ResolveLinkTarget(dotnetPath, returnFinalTarget: true) is { } target)
        {
            path = target.FullName;
        }
#endif
        return Path.GetDirectoryName(Path.GetFullPath(path));
    }
}
