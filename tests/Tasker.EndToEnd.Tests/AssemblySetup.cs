using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

[TestClass]
public static class AssemblySetup
{
    [AssemblyCleanup]
    public static void RemoveTemporaryFeed()
    {
        PackageFeed.Cleanup();
        InstalledTool.Cleanup();
    }
}
