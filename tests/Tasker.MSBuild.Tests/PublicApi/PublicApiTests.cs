using Tasker.Tests.Support;

namespace Tasker.MSBuild.Tests.PublicApi;

/// <summary>The MSBuild task's public API (the tasks a build's targets use) is locked in a checked-in text file.</summary>
[TestClass]
public sealed class PublicApiTests
{
    [TestMethod]
    public void The_public_API_of_the_task_is_the_one_checked_in() =>
        PublicApiLock.AssertUnchanged("Tasker.MSBuild", "tests/Tasker.MSBuild.Tests/PublicApi/Tasker.MSBuild.verified.txt");
}
