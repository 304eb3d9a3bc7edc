namespace Tasker.EndToEnd.Tests.Support;

/// <summary>The folders of the installed tool: its feed, the package folder of the install and the tool path.</summary>
internal sealed record InstalledToolRun(string Root, string Feed, string PackagesFolder, string ToolPath)
{
    /// <summary>The command <c>dotnet tool install --tool-path</c> put on the tool path.</summary>
    public string Command => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "tasker.exe" : "tasker");
}
