namespace Tasker.Tests.Support;

/// <summary>
/// A pipeline whose first task changes the process directly (creates and removes an environment variable, changes
/// the current directory) and whose second checks that it sees the change; and the checks that the process is as it
/// was once the pipeline ended.
/// </summary>
internal sealed record ProcessStateProbe(string Profile, string Created, string Removed, string Directory, string StartDirectory)
{
    public static ProcessStateProbe Write(TestProfiles files)
    {
        var created = "TASKER_TEST_" + Guid.NewGuid().ToString("N");
        var removed = "TASKER_TEST_" + Guid.NewGuid().ToString("N");
        var elsewhere = System.IO.Directory.CreateDirectory(Path.Combine(files.Directory, "elsewhere")).FullName;
        var profile = files.Write("p.toml", $"""
            [[__meta__]]
            reference = "Tasker.Tests.Support.ProcessStateChangingTask"
            profile = "change"
            [[__meta__]]
            reference = "Tasker.Tests.Support.EnvironmentProbeTask"
            profile = "probe"
            [change]
            set = "{created}"
            remove = "{removed}"
            directory = '{elsewhere}'
            [probe]
            name = "{created}"
            expected = "changed-by-task"
            """);
        Environment.SetEnvironmentVariable(removed, "there before");
        return new ProcessStateProbe(profile, created, removed, elsewhere, Environment.CurrentDirectory);
    }

    public void AssertRestored()
    {
        Assert.IsNull(Environment.GetEnvironmentVariable(Created), "a variable a task created is removed again");
        Assert.AreEqual("there before", Environment.GetEnvironmentVariable(Removed), "a variable a task removed is back");
        Assert.AreEqual(StartDirectory, Environment.CurrentDirectory, "the current directory is back");
    }

    public void CleanUp()
    {
        Environment.SetEnvironmentVariable(Removed, null);
        Environment.SetEnvironmentVariable(Created, null);
        Environment.CurrentDirectory = StartDirectory;
    }
}
