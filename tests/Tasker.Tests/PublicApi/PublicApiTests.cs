using Tasker.Tests.Support;

namespace Tasker.Tests.PublicApi;

/// <summary>
/// The public API of every shipped library is locked in a checked-in text file, so a change to it is always a
/// deliberate one (see <see cref="PublicApiLock"/>). The MSBuild task's assembly is locked by its own tests.
/// </summary>
[TestClass]
public sealed class PublicApiTests
{
    [TestMethod]
    public void The_public_API_of_the_engine_is_the_one_checked_in() =>
        PublicApiLock.AssertUnchanged("Tasker", "tests/Tasker.Tests/PublicApi/Tasker.verified.txt");
}
