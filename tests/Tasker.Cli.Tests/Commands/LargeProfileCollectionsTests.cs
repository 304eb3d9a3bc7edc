using System.Runtime;
using Tasker.Cli.Commands;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Commands;

/// <summary>Only a large profile's launch runs without collections, and only until its budget is spent.</summary>
[TestClass]
[DoNotParallelize]
public sealed class LargeProfileCollectionsTests
{
    [TestMethod]
    public void A_small_profile_changes_nothing()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("small.toml", "__name__ = \"small\"\n");

        Assert.IsFalse(LargeProfileCollections.DeferFor(profile));
        Assert.IsFalse(LargeProfileCollections.DeferFor(Path.Combine(folder.Directory, "missing.toml")));
        Assert.AreNotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [TestMethod]
    public void A_large_profile_is_read_and_run_without_collections_until_the_budget_is_spent()
    {
        using var folder = new TestProfiles();
        var profile = folder.Write("large.toml", string.Concat(Enumerable.Repeat("[[fork.tasks]]\nprofile = \"p\"\n", 12_000)));
        Assert.IsTrue(new FileInfo(profile).Length >= LargeProfileCollections.ProfileSizeThreshold);

        try
        {
            Assert.IsTrue(LargeProfileCollections.DeferFor(profile));
            Assert.AreEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            Assert.IsFalse(LargeProfileCollections.DeferFor(profile), "one region at a time");

            // Past the budget the runtime leaves the region by itself and collects as usual.
            var kept = new List<byte[]>();
            for (var allocated = 0L; allocated < LargeProfileCollections.Budget * 2; allocated += 64 * 1024)
            {
                kept.Add(new byte[64 * 1024]);
            }

            Assert.AreNotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            GC.KeepAlive(kept);
        }
        finally
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }
}
