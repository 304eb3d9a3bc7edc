using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

/// <summary>
/// The out-of-process host through the packed package: the same diagnostics as in process, an ASP.NET Core
/// project in auto mode, and a task that ends its process without taking the build with it.
/// </summary>
[TestClass]
public sealed class IsolationTests
{
    private const string InProcess = "runs in the MSBuild node";
    private const string InHost = "runs in the out-of-process Tasker host";

    private static ConsumerProject Consumer()
    {
        var project = new ConsumerProject(extraItems: "    <TaskerProfile Include=\"pipeline.toml\" />");
        project.Write("GreetingTask.cs", Snippets.GreetingTask);
        project.Write("CheckTask.cs", Snippets.CheckTask);
        return project;
    }

    /// <summary>A pipeline whose second entry (line 7) calls Environment.Exit.</summary>
    private static void WriteExitingPipeline(ConsumerProject project, int exitCode)
    {
        project.Write("ExitTask.cs", $$"""
            using Microsoft.Extensions.Logging;
            using Tasker;

            namespace Consumer;

            public sealed class ExitTask : ITask
            {
                public Return Invoke(Profile profile, IStorage shared, ILogger logger)
                {
                    Environment.Exit({{exitCode}});
                    return Return.Success;
                }
            }
            """);
        project.Write("pipeline.toml", "__name__ = \"Exit\"\n\n[[__meta__]]\nreference = \"Consumer.GreetingTask\"\nprofile = \"greeting\"\n\n[[__meta__]]\nreference = \"Consumer.ExitTask\"\n\n[greeting]\ntext = \"hi\"\n");
    }

    private static void AssertNoCrash(ProcessResult result)
    {
        Assert.IsFalse(result.Output.Contains("MSB4018", StringComparison.Ordinal), result.ToString());
        Assert.IsFalse(result.Output.Contains("MSB4166", StringComparison.Ordinal), $"a build node died:\n{result}");
        Assert.IsFalse(result.Output.Contains("   at ", StringComparison.Ordinal), $"a stack trace leaked:\n{result}");
    }

    private static (ProcessResult InProcess, ProcessResult Host) BuildInBothModes(ConsumerProject project, string profile)
    {
        project.Write("pipeline.toml", profile);
        var inProcess = project.Build("--no-restore", "-v:d", "-p:TaskerIsolation=none", "-p:TaskerAlwaysRun=true");
        var host = project.Build("--no-restore", "-v:d", "-p:TaskerIsolation=process", "-p:TaskerAlwaysRun=true");
        StringAssert.Contains(inProcess.Output, InProcess, inProcess.ToString());
        StringAssert.Contains(host.Output, InHost, host.ToString());
        AssertNoCrash(inProcess);
        AssertNoCrash(host);
        return (inProcess, host);
    }

    [TestMethod]
    public void The_walking_skeleton_cases_give_the_same_diagnostics_in_the_host()
    {
        using var project = Consumer();
        project.Write("pipeline.toml", Snippets.Pipeline("pass"));
        var restore = project.Build();
        Assert.AreEqual(0, restore.ExitCode, restore.ToString());

        var cases = new (string Name, string Profile, bool Passes, string? Expected)[]
        {
            ("pass", Snippets.Pipeline("pass"), true, null),
            ("fail", Snippets.Pipeline("fail"), false, "pipeline.toml(7,1): error TSK2001"),
            ("warning", Snippets.Pipeline("warn"), true, "pipeline.toml(7,1): warning TSK2006"),
            ("syntax error", "[[__meta__]]\nreference = \"Consumer.GreetingTask\"\nprofile = \n", false, "pipeline.toml(3,11): error TSK0002"),
            ("unknown reference", "[[__meta__]]\nreference = \"Consumer.GretingTask\"\nprofile = \"greeting\"\n[greeting]\ntext = \"x\"\n", false, "pipeline.toml(2,13): error TSK1001"),
        };
        foreach (var (name, profile, passes, expected) in cases)
        {
            var (inProcess, host) = BuildInBothModes(project, profile);

            var hostDiagnostics = ConsumerProject.Diagnostics(host.Output).ToList();
            CollectionAssert.AreEqual(ConsumerProject.Diagnostics(inProcess.Output).ToList(), hostDiagnostics, $"{name}:\n{host}");
            Assert.AreEqual(passes, host.ExitCode == 0, $"{name}:\n{host}");
            if (expected is not null)
            {
                CollectionAssert.Contains(hostDiagnostics, expected, $"{name}:\n{host}");
            }

            if (passes)
            {
                // Messages come back too: console output, log records and the summary.
                foreach (var line in new[] { "console: hello from the profile", "greeting v1", "Tasker pipeline 'E2E': 2 tasks run, succeeded" })
                {
                    StringAssert.Contains(host.Output, line, $"{name}:\n{host}");
                }
            }
        }
    }

    [TestMethod]
    public void An_ASP_NET_Core_project_runs_its_pipeline_in_the_host_in_auto_mode()
    {
        using var project = new ConsumerProject(name: "WebConsumer", sdk: "Microsoft.NET.Sdk.Web", extraItems: "    <TaskerProfile Include=\"pipeline.toml\" />");
        project.Write("Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/\", () => \"hello\");\napp.Run();\n");
        project.Write("RouteTask.cs", """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;
            using Tasker;

            namespace WebConsumer;

            public sealed class RouteTask : ITask
            {
                public Return Invoke(Profile profile, IStorage shared, ILogger logger)
                {
                    // A type of the ASP.NET Core shared framework, which MSBuild itself cannot load.
                    var path = new PathString(profile.Get<string>("path"));
                    logger.LogInformation("route {Route} has {Segments} segments", path.Value, path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries).Length);
                    return Return.Success;
                }
            }
            """);
        project.Write("pipeline.toml", "[[__meta__]]\nreference = \"WebConsumer.RouteTask\"\nprofile = \"route\"\n[route]\npath = \"/api/items\"\n");

        var result = project.Build("-v:d");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, InHost);
        StringAssert.Contains(result.Output, "Microsoft.AspNetCore.App");
        StringAssert.Contains(result.Output, "Tasker host: using the host started while the project compiled.", "auto's choice of the host is foreseen before compiling");
        StringAssert.Contains(result.Output, "route /api/items has 2 segments");
        AssertNoCrash(result);
    }

    [TestMethod]
    [DataRow("-p:TaskerIsolation=process", "-m:1")]
    [DataRow("-p:TaskerIsolation=auto", "-m:1")]
    [DataRow("-p:TaskerIsolation=auto", "-m")]
    public void A_task_calling_Environment_Exit_is_an_error_at_its_entry_and_the_build_ends_normally(string isolation, string nodes)
    {
        using var project = Consumer();
        WriteExitingPipeline(project, exitCode: 3);

        // Under auto, the metadata scan sees the call and runs the pipeline in the host instead of the MSBuild node.
        var result = project.Build(isolation, nodes, "-v:d");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(result.Output).ToList(), "pipeline.toml(7,1): error TSK5101", result.ToString());
        if (isolation.EndsWith("auto", StringComparison.Ordinal))
        {
            StringAssert.Contains(result.Output, "the project's assembly calls Environment.Exit");
        }

        StringAssert.Contains(result.Output, "exit code 3");
        StringAssert.Contains(result.Output, "Build FAILED.");
        AssertNoCrash(result);
    }

    [TestMethod]
    [DataRow("-m:1")]
    [DataRow("-m")]
    public void Environment_Exit_0_in_process_never_reads_as_a_successful_build(string nodes)
    {
        using var project = Consumer();
        WriteExitingPipeline(project, exitCode: 0);

        // Explicitly in the MSBuild node: the task ends the build's process, and the build must still fail, saying where.
        var result = project.Build("-p:TaskerIsolation=none", nodes);

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "pipeline.toml(7,1): error TSK5110: Consumer.ExitTask", result.ToString());
        StringAssert.Contains(result.Output, "Set TaskerIsolation to process");
        Assert.IsFalse(result.Output.Contains("Build succeeded", StringComparison.Ordinal), result.ToString());
    }

    [TestMethod]
    public void A_project_for_a_runtime_that_is_not_installed_runs_on_the_newest_one_and_says_so()
    {
        using var project = new ConsumerProject(targetFrameworks: "net8.0", extraItems: "    <TaskerProfile Include=\"pipeline.toml\" />");
        project.Write("GreetingTask.cs", Snippets.GreetingTask);
        project.Write("CheckTask.cs", Snippets.CheckTask);
        project.Write("pipeline.toml", Snippets.Pipeline("pass"));

        var result = project.Build("-v:d", "-p:TaskerIsolation=process");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "Tasker pipeline 'E2E': 2 tasks run, succeeded");
        const string note = "Microsoft.NETCore.App 8.0, which the project targets, is not installed; the Tasker host runs on the newest installed version";
        var runtime8Installed = InstalledRuntimes().Any(version => version.StartsWith("8.", StringComparison.Ordinal));
        Assert.AreEqual(!runtime8Installed, result.Output.Contains(note, StringComparison.Ordinal), result.ToString());
        AssertNoCrash(result);
    }

    private static IEnumerable<string> InstalledRuntimes()
    {
        var dotnet = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, "dotnet"))
            .FirstOrDefault(File.Exists) ?? throw new InvalidOperationException("dotnet is not on PATH.");
        var root = Path.GetDirectoryName(File.ResolveLinkTarget(dotnet, returnFinalTarget: true)?.FullName ?? dotnet)!;
        var shared = Path.Combine(root, "shared", "Microsoft.NETCore.App");
        return Directory.Exists(shared) ? Directory.EnumerateDirectories(shared).Select(Path.GetFileName).OfType<string>() : [];
    }

    [TestMethod]
    public void The_package_ships_the_host_and_a_NET_Framework_task_without_the_engine()
    {
        var package = Path.Combine(PackageFeed.Current.Feed, $"Tasker.MSBuild.{ConsumerProject.TaskerVersion}.nupkg");
        using var archive = ZipFile.OpenRead(package);
        var entries = archive.Entries.Select(entry => entry.FullName).ToList();

        foreach (var expected in new[] { "tasks/net8.0/Tasker.MSBuild.dll", "tasks/net472/Tasker.MSBuild.dll", "tasks/net472/System.Text.Json.dll", "tasks/host/Tasker.Host.dll", "tasks/host/Tasker.Host.deps.json", "tasks/host/Tasker.dll", "tasks/host/Tomlyn.dll" })
        {
            CollectionAssert.Contains(entries, expected, string.Join("\n", entries));
        }

        // Visual Studio's MSBuild cannot load the .NET engine: the .NET Framework task must not reference it.
        using var image = new MemoryStream();
        using (var stream = archive.GetEntry("tasks/net472/Tasker.MSBuild.dll")!.Open())
        {
            stream.CopyTo(image);
        }

        image.Position = 0;
        using var reader = new PEReader(image);
        var metadata = reader.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToList();
        CollectionAssert.Contains(references, "mscorlib", string.Join(", ", references));
        CollectionAssert.DoesNotContain(references, "Tasker", string.Join(", ", references));
        CollectionAssert.DoesNotContain(references, "Tomlyn", string.Join(", ", references));
    }
}
