using Tasker.Containers;
using Tasker.Launcher;

namespace Tasker.Tests.Containers;

/// <summary>A branch's caching within its container's: its own choice wins, and the files of both count.</summary>
[TestClass]
public sealed class BranchCachingTests
{
    private static readonly DeclaredFiles ContainerInput = new("data/*.csv", "/p", default);
    private static readonly DeclaredFiles BranchInput = new("extra.csv", "/p", default);
    private static readonly DeclaredFiles BranchOutput = new("out.txt", "/p", default);

    [TestMethod]
    public void A_branch_reads_and_writes_its_containers_files_and_its_own()
    {
        var container = new BranchCaching(true, [ContainerInput], []);
        var branch = new BranchCaching(null, [BranchInput], [BranchOutput]);

        var within = branch.Within(container);

        Assert.AreEqual(true, within.Cache);
        CollectionAssert.AreEqual(new[] { ContainerInput, BranchInput }, within.Inputs.ToArray());
        CollectionAssert.AreEqual(new[] { BranchOutput }, within.Outputs.ToArray());
        Assert.AreEqual(false, new BranchCaching(false, [], []).Within(container).Cache, "the branch's own choice wins");
    }

    [TestMethod]
    public void A_branch_that_declares_no_files_shares_its_containers_lists()
    {
        // No new list per branch of a large fork for nothing.
        var container = new BranchCaching(null, [ContainerInput], []);

        var within = BranchCaching.None.Within(container);

        Assert.AreSame(container.Inputs, within.Inputs);
        Assert.AreSame(container.Outputs, within.Outputs);
    }
}
