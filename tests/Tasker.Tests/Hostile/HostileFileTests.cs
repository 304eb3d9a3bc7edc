using System.Diagnostics;
using Tasker.Tests.Support;

namespace Tasker.Tests.Hostile;

/// <summary>
/// Hostile corpus, class "files": a profile, an included file, a $P value or a storage file that is a device, a named
/// pipe or too large is a located error before anything is opened (opening a pipe blocks, a device never ends).
/// </summary>
[TestClass]
public sealed class HostileFileTests
{
    private const string Task = "Tasker.Tests.Support.Hostile.SchemaTask";

    public static IEnumerable<object[]> SpecialFiles() => [["/dev/zero"], ["/dev/urandom"], ["fifo"]];

    // A storage is written as well as read: a regression would replace the file, so only a pipe of the test's own is used.
    public static IEnumerable<object[]> OwnSpecialFiles() => [["fifo"]];

    [TestMethod]
    [OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
    [DynamicData(nameof(SpecialFiles))]
    public void A_special_file_as_the_profile_is_refused(string special)
    {
        using var files = new TestProfiles();
        var path = Special(files, special);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual(("TSK0041", path), (error.Code, error.Location.File), error.ToString());
    }

    [TestMethod]
    [OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
    [DynamicData(nameof(SpecialFiles))]
    public void A_special_file_as_an_included_profile_is_refused_at_the_path_key(string special)
    {
        using var files = new TestProfiles();
        var error = HostileTaskTests.SingleLocatedError(ProfileText.Meta(Task, $"include = true\npath = \"{Special(files, special)}\""), "TSK0041");

        Assert.AreEqual(4, error.Location.Line, "the entry's path key");
    }

    [TestMethod]
    [OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
    [DynamicData(nameof(SpecialFiles))]
    public void A_special_file_as_a_P_value_is_refused_at_the_value(string special)
    {
        using var files = new TestProfiles();
        var error = HostileTaskTests.SingleLocatedError(ProfileText.Meta(Task, "profile = \"t\"") + $"[t]\nname = \"x\"\nsub = \"{Special(files, special)}$P\"\n", "TSK0041");

        Assert.AreEqual((6, 7), (error.Location.Line, error.Location.Column), error.ToString());
    }

    [TestMethod]
    [OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
    [DynamicData(nameof(OwnSpecialFiles))]
    public void A_special_file_as_the_storage_is_refused(string special)
    {
        using var files = new TestProfiles();
        var profile = ProfileText.Meta(Task, "profile = \"t\"") + "[t]\nname = \"x\"\n"
            + $"[__setting__.storage]\nreference = \"Tasker.Storage.JsonStorage\"\n[__setting__.storage.kwargs]\npath = \"{Special(files, special)}\"\n";

        var (result, events) = PipelineHarness.Run(files.Write("p.toml", profile));

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single(diagnostic => diagnostic.IsError);
        Assert.AreEqual("TSK3020", error.Code, error.ToString());
        Assert.AreEqual(0, result.TasksRun);
    }

    [TestMethod]
    public void A_profile_beyond_the_size_limit_is_refused_unread()
    {
        using var files = new TestProfiles();
        var path = Path.Combine(files.Directory, "huge.toml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(16L * 1024 * 1024 + 1);
        }

        var error = HostileTaskTests.SingleLocatedError(ProfileText.Meta(Task, "profile = \"t\"") + $"[t]\nname = \"x\"\nsub = \"{path}$P\"\n", "TSK0041");

        StringAssert.Contains(error.Message, "16 MiB");
    }

    private static string Special(TestProfiles files, string special)
    {
        if (special != "fifo")
        {
            return special;
        }

        var path = Path.Combine(files.Directory, "pipe.toml");
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.AreEqual(0, mkfifo.ExitCode, "mkfifo");
        return path;
    }
}
