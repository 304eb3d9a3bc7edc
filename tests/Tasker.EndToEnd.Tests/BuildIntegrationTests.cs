using Microsoft.Build.Logging.StructuredLogger;
using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

/// <summary>The package behaves like a well-made MSBuild package: incremental, warning switches, multi-targeting, binlog.</summary>
[TestClass]
public sealed class BuildIntegrationTests
{
    private const string PipelineRan = "Tasker pipeline 'E2E'";

    private static ConsumerProject Consumer(string profileItems = "    <TaskerProfile Include=\"pipeline.toml\" />", string targetFrameworks = "net10.0", string extraProperties = "", string checkMode = "pass")
    {
        var project = new ConsumerProject(targetFrameworks: targetFrameworks, extraProperties: extraProperties, extraItems: profileItems);
        project.Write("GreetingTask.cs", Snippets.GreetingTask);
        project.Write("CheckTask.cs", Snippets.CheckTask);
        project.Write("pipeline.toml", Snippets.Pipeline(checkMode));
        return project;
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [TestMethod]
    public void A_framework_Tasker_cannot_run_on_gets_one_error_with_the_fix_and_a_framework_left_out_builds()
    {
        using var project = Consumer(targetFrameworks: "net10.0;netstandard2.0");

        var result = project.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "error TSK5007: This project builds for netstandard2.0, but Tasker tasks and pipelines need .NET 8 or later.");
        Assert.IsFalse(result.Output.Contains("error CS", StringComparison.Ordinal), "one Tasker error, not a compiler error per use of a Tasker type:\n" + result);

        // Left out of TaskerTargetFrameworks, with its Tasker code left out too, the framework builds and the other runs the pipeline.
        project.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <TaskerTargetFrameworks>net10.0</TaskerTargetFrameworks>
                <!-- The consumer enables nullable references, which netstandard2.0's default C# 7.3 refuses. -->
                <LangVersion>latest</LangVersion>
              </PropertyGroup>
            </Project>
            """);
        project.Write("Directory.Build.targets", """
            <Project>
              <ItemGroup Condition="'$(TargetFramework)' == 'netstandard2.0'">
                <Compile Remove="*Task.cs" />
              </ItemGroup>
            </Project>
            """);
        var narrowed = project.Build();

        Assert.AreEqual(0, narrowed.ExitCode, narrowed.ToString());
        Assert.AreEqual(1, CountOf(narrowed.Output, PipelineRan), narrowed.ToString());
    }

    [TestMethod]
    public void A_task_of_a_referenced_project_is_found_although_the_consumers_code_never_uses_it()
    {
        // The consumer's code uses nothing of TaskLib, so the compiler leaves TaskLib out of the assembly's references.
        using var project = new ConsumerProject(extraItems: """
                <ProjectReference Include="TaskLib/TaskLib.csproj" />
                <Compile Remove="TaskLib/**" />
                <TaskerProfile Include="pipeline.toml" />
            """);
        project.Write("TaskLib/TaskLib.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Tasker" Version="{ConsumerProject.TaskerVersion}" />
              </ItemGroup>
            </Project>
            """);
        project.Write("TaskLib/LibraryTask.cs", """
            using Microsoft.Extensions.Logging;
            using Tasker;

            namespace TaskLib;

            public sealed class LibraryTask : ITask
            {
                public Return Invoke(Profile profile, IStorage shared, ILogger logger)
                {
                    logger.LogWarning("library task ran");
                    return Return.Success;
                }
            }
            """);
        project.Write("Empty.cs", "namespace Consumer;\n\npublic static class Empty\n{\n}\n");
        project.Write("pipeline.toml", "[[__meta__]]\nreference = \"TaskLib.LibraryTask\"\n");

        var found = project.Build();

        Assert.AreEqual(0, found.ExitCode, found.ToString());
        StringAssert.Contains(found.Output, "library task ran");

        // A name that is nowhere: the error says where it looked, the referenced project included.
        project.Write("pipeline.toml", "[[__meta__]]\nreference = \"TaskLib.MissingTask\"\n");
        var missing = project.Build("--no-restore");

        Assert.AreNotEqual(0, missing.ExitCode, missing.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(missing.Output).ToList(), "pipeline.toml(2,13): error TSK1001", missing.ToString());
        StringAssert.Contains(missing.Output, "found in Consumer, TaskLib or the built-in tasks");
    }

    [TestMethod]
    public void An_unchanged_build_skips_the_pipeline_and_a_changed_included_file_reruns_it()
    {
        using var project = Consumer();
        project.Write("pipeline.toml", Snippets.Pipeline("pass").Replace("profile = \"greeting\"", "include = true\npath = \"parts/greeting.toml\"", StringComparison.Ordinal));
        project.Write("parts/greeting.toml", "text = \"included v1\"\n");

        var first = project.Build();
        Assert.AreEqual(0, first.ExitCode, first.ToString());
        StringAssert.Contains(first.Output, "console: included v1");

        var unchanged = project.Build("--no-restore", "-v:d");
        Assert.AreEqual(0, unchanged.ExitCode, unchanged.ToString());
        Assert.AreEqual(0, CountOf(unchanged.Output, PipelineRan), "an up-to-date pipeline must not run");
        StringAssert.Contains(unchanged.Output, "Skipping target \"TaskerRunPipelines\" because all output files are up-to-date");

        project.Write("parts/greeting.toml", "text = \"included v2\"\n");
        var changed = project.Build("--no-restore");
        Assert.AreEqual(0, changed.ExitCode, changed.ToString());
        StringAssert.Contains(changed.Output, "console: included v2");
    }

    [TestMethod]
    public void A_changed_new_or_deleted_declared_input_reruns_the_pipeline()
    {
        using var project = Consumer(profileItems: """
                <TaskerProfile Include="pipeline.toml" Inputs="schema/*.json" />
                <TaskerInput Include="data/**/*.csv" />
            """);
        project.Write("data/catalog.csv", "id,price\n1,10\n");
        project.Write("schema/catalog.json", "{}");
        Assert.AreEqual(0, project.Build().ExitCode);
        var unchanged = project.Build("--no-restore");
        Assert.AreEqual(0, CountOf(unchanged.Output, PipelineRan), unchanged.ToString());

        project.Write("data/catalog.csv", "id,price\n1,10\n2,oops\n");
        var changed = project.Build("--no-restore", "-v:d");
        Assert.AreEqual(1, CountOf(changed.Output, PipelineRan), "a changed TaskerInput reruns: " + changed);
        StringAssert.Contains(changed.Output, "catalog.csv", "the detailed log names the changed input");

        project.Write("data/more/extra.csv", "id\n");
        var added = project.Build("--no-restore", "-v:d");
        Assert.AreEqual(1, CountOf(added.Output, PipelineRan), "a new file matching the glob reruns: " + added);
        StringAssert.Contains(added.Output, "Tasker pipelines rerun because declared inputs appeared: " + Path.Combine(project.Directory, "data", "more", "extra.csv"));

        File.Delete(Path.Combine(project.Directory, "data", "more", "extra.csv"));
        var deleted = project.Build("--no-restore", "-v:d");
        Assert.AreEqual(1, CountOf(deleted.Output, PipelineRan), "a deleted input reruns: " + deleted);
        StringAssert.Contains(deleted.Output, "Tasker pipelines rerun because declared inputs disappeared: " + Path.Combine(project.Directory, "data", "more", "extra.csv"));

        Assert.AreEqual(0, CountOf(project.Build("--no-restore").Output, PipelineRan), "and then it is up to date again");
        project.Write("schema/catalog.json", "{ \"changed\": true }");
        var metadata = project.Build("--no-restore");
        Assert.AreEqual(1, CountOf(metadata.Output, PipelineRan), "a changed input of the profile's Inputs metadata reruns: " + metadata);
    }

    [TestMethod]
    public void Inputs_and_outputs_declared_inside_the_profile_rerun_the_pipeline_like_declared_items()
    {
        using var project = Consumer();
        project.Write("pipeline.toml", Snippets.Pipeline("pass").Replace(
            "profile = \"greeting\"\n",
            "profile = \"greeting\"\ninputs = [\"data/*.csv\", \"schema/*.json\"]\n",
            StringComparison.Ordinal));
        project.Write("data/catalog.csv", "id,price\n1,10\n");
        project.Write("schema/catalog.json", "{}");
        Assert.AreEqual(0, project.Build().ExitCode);
        Assert.AreEqual(0, CountOf(project.Build("--no-restore").Output, PipelineRan), "nothing changed");

        project.Write("schema/catalog.json", "{ \"changed\": true }");
        Assert.AreEqual(1, CountOf(project.Build("--no-restore").Output, PipelineRan), "a file the entry's second pattern matches reruns too");

        project.Write("data/catalog.csv", "id,price\n1,10\n2,oops\n");
        var changed = project.Build("--no-restore", "-v:d");
        Assert.AreEqual(1, CountOf(changed.Output, PipelineRan), "a changed file an entry's inputs match reruns: " + changed);

        project.Write("data/extra.csv", "id\n");
        var added = project.Build("--no-restore", "-v:d");
        Assert.AreEqual(1, CountOf(added.Output, PipelineRan), "a new file matching the entry's glob reruns: " + added);
        StringAssert.Contains(added.Output, "Tasker pipelines rerun because declared inputs appeared: " + Path.Combine(project.Directory, "data", "extra.csv"));
        Assert.AreEqual(0, CountOf(project.Build("--no-restore").Output, PipelineRan), "up to date again");

        // An output the profile declares but the pipeline never writes stays missing, so each build reruns it.
        project.Write("pipeline.toml", Snippets.Pipeline("pass").Replace(
            "profile = \"greeting\"\n",
            "profile = \"greeting\"\noutputs = \"out/report.txt\"\n",
            StringComparison.Ordinal));
        Assert.AreEqual(1, CountOf(project.Build("--no-restore").Output, PipelineRan), "the changed profile reruns");
        var missing = project.Build("--no-restore", "-v:d");
        Assert.AreEqual(1, CountOf(missing.Output, PipelineRan), missing.ToString());
        StringAssert.Contains(missing.Output, "Tasker pipelines rerun because a declared output is missing: " + Path.Combine(project.Directory, "out", "report.txt"));
    }

    [TestMethod]
    public void A_changed_value_of_an_environment_variable_the_profile_read_reruns_the_pipeline()
    {
        using var project = Consumer();
        project.Write("pipeline.toml", Snippets.Pipeline("pass").Replace("text = \"hello from the profile\"", "text = \"TASKER_E2E_TAX_RATE:-unset$E\"", StringComparison.Ordinal));
        Dictionary<string, string?> unset = new() { ["TASKER_E2E_TAX_RATE"] = null };
        Dictionary<string, string?> half = new() { ["TASKER_E2E_TAX_RATE"] = "0.5" };

        StringAssert.Contains(project.Build(unset).Output, "console: unset");
        Assert.AreEqual(0, CountOf(project.Build(unset, "--no-restore").Output, PipelineRan), "nothing changed");

        var changed = project.Build(half, "--no-restore", "-v:d");
        StringAssert.Contains(changed.Output, "console: 0.5", "the new value reruns the pipeline: " + changed);
        StringAssert.Contains(changed.Output, "Tasker pipelines rerun because environment variables they read changed: TASKER_E2E_TAX_RATE");
        Assert.IsFalse(changed.Output.Contains("=0.5", StringComparison.Ordinal), "the log never shows the value");
        Assert.AreEqual(0, CountOf(project.Build(half, "--no-restore").Output, PipelineRan), "the same value again: up to date");
        StringAssert.Contains(project.Build(unset, "--no-restore").Output, "console: unset", "unset again: reruns");
    }

    [TestMethod]
    public void A_missing_declared_output_reruns_the_pipeline_and_clean_removes_the_outputs()
    {
        using var project = Consumer(profileItems: """
                <TaskerProfile Include="pipeline.toml" Outputs="bin/$(Configuration)/$(TargetFramework)/report.txt" />
                <TaskerOutput Include="obj/$(Configuration)/$(TargetFramework)/summary.txt" />
            """);
        var report = Path.Combine(project.Directory, "bin", "Debug", "net10.0", "report.txt");
        var summary = Path.Combine(project.Directory, "obj", "Debug", "net10.0", "summary.txt");
        var first = project.Build();
        Assert.AreEqual(0, first.ExitCode, first.ToString());

        // The pipeline of this consumer does not write its outputs, so they stay missing and it keeps running.
        var missing = project.Build("--no-restore", "-v:d");
        Assert.AreEqual(1, CountOf(missing.Output, PipelineRan), missing.ToString());
        StringAssert.Contains(missing.Output, "Tasker pipelines rerun because a declared output is missing: ");

        File.WriteAllText(report, "report");
        File.WriteAllText(summary, "summary");
        Assert.AreEqual(0, CountOf(project.Build("--no-restore").Output, PipelineRan), "up to date while the outputs exist");

        File.Delete(summary);
        Assert.AreEqual(1, CountOf(project.Build("--no-restore").Output, PipelineRan), "a deleted output reruns");
        File.WriteAllText(summary, "summary");

        var clean = DotNet.Run(project.Directory, PackageFeed.Current.PackagesFolder, ["clean", project.ProjectPath, "-nr:false"]);
        Assert.AreEqual(0, clean.ExitCode, clean.ToString());
        Assert.IsFalse(File.Exists(report), "dotnet clean removes a declared output in the output folder");
        Assert.IsFalse(File.Exists(summary), "dotnet clean removes a declared output in the intermediate folder");
    }

    [TestMethod]
    public void A_failed_pipeline_runs_again_on_the_next_build_and_AlwaysRun_opts_out_of_skipping()
    {
        using var project = Consumer(checkMode: "fail");
        var failed = project.Build();
        Assert.AreNotEqual(0, failed.ExitCode, failed.ToString());

        var again = project.Build("--no-restore");
        Assert.AreNotEqual(0, again.ExitCode, "no stamp after a failure, so the pipeline runs and fails again");

        project.Write("pipeline.toml", Snippets.Pipeline("pass"));
        Assert.AreEqual(0, project.Build("--no-restore").ExitCode);
        var always = project.Build("--no-restore", "-p:TaskerAlwaysRun=true");
        Assert.AreEqual(1, CountOf(always.Output, PipelineRan), always.ToString());
    }

    [TestMethod]
    public void TaskerOnly_runs_the_selected_entries_and_the_next_whole_build_runs_them_all()
    {
        using var project = Consumer(checkMode: "fail");

        var selected = project.Build("-p:TaskerOnly=greeting");
        Assert.AreEqual(0, selected.ExitCode, "the failing check entry is not selected: " + selected);
        StringAssert.Contains(selected.Output, "console: hello from the profile");
        StringAssert.Contains(selected.Output, "Tasker pipeline 'E2E': 1 task run, 1 skipped (not selected), succeeded");

        var whole = project.Build("--no-restore");
        Assert.AreNotEqual(0, whole.ExitCode, "a selective run writes no up-to-date stamp, so the whole pipeline runs next: " + whole);

        var unknown = project.Build("--no-restore", "-p:TaskerOnly=greting");
        Assert.AreNotEqual(0, unknown.ExitCode);
        StringAssert.Contains(unknown.Output, "pipeline.toml : error TSK7030: TaskerOnly 'greting' names no entry of the profile.", unknown.ToString());
        StringAssert.Contains(unknown.Output, "Did you mean 'greeting'?");
    }

    [TestMethod]
    public void Item_metadata_disables_a_profile_or_turns_its_errors_into_warnings()
    {
        using var project = Consumer(profileItems: """
                <TaskerProfile Include="disabled.toml" Enabled="false" />
                <TaskerProfile Include="pipeline.toml" ContinueOnError="true" AlwaysRun="true" />
            """, checkMode: "fail");
        project.Write("disabled.toml", "this is not TOML");

        var result = project.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsFalse(result.Output.Contains("disabled.toml", StringComparison.Ordinal), "a disabled profile is not read");
        CollectionAssert.Contains(ConsumerProject.Diagnostics(result.Output).ToList(), "pipeline.toml(7,1): warning TSK2001", result.ToString());
    }

    [TestMethod]
    public void TreatWarningsAsErrors_and_WarningsNotAsErrors_act_on_tasker_codes()
    {
        using var project = Consumer(checkMode: "warn", profileItems: "    <TaskerProfile Include=\"pipeline.toml\" AlwaysRun=\"true\" />");

        var promoted = project.Build("-p:TreatWarningsAsErrors=true");
        Assert.AreNotEqual(0, promoted.ExitCode, promoted.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(promoted.Output).ToList(), "pipeline.toml(7,1): error TSK2006", promoted.ToString());

        var exempted = project.Build("--no-restore", "-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=TSK2006");
        Assert.AreEqual(0, exempted.ExitCode, exempted.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(exempted.Output).ToList(), "pipeline.toml(7,1): warning TSK2006", exempted.ToString());
    }

    [TestMethod]
    public void A_multi_targeted_project_runs_once_per_target_framework_unless_narrowed()
    {
        using var project = Consumer(targetFrameworks: "net8.0;net10.0");

        var all = project.Build();
        Assert.AreEqual(0, all.ExitCode, all.ToString());
        Assert.AreEqual(2, CountOf(all.Output, PipelineRan), all.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(project.Directory, "obj", "Debug", "net8.0", "tasker", "pipelines.stamp")));
        Assert.IsTrue(File.Exists(Path.Combine(project.Directory, "obj", "Debug", "net10.0", "tasker", "pipelines.stamp")));

        var narrowed = project.Build("--no-restore", "-p:TaskerTargetFrameworks=net10.0", "-p:TaskerAlwaysRun=true");
        Assert.AreEqual(0, narrowed.ExitCode, narrowed.ToString());
        Assert.AreEqual(1, CountOf(narrowed.Output, PipelineRan), narrowed.ToString());
    }

    [TestMethod]
    public void The_binary_log_holds_the_task_messages_under_the_pipeline_target()
    {
        using var project = Consumer();
        var binlog = Path.Combine(project.Directory, "build.binlog");

        var result = project.Build($"-bl:{binlog}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var build = BinaryLog.ReadBuild(binlog);
        var target = build.FindFirstDescendant<Target>(candidate => candidate.Name == "TaskerRunPipelines");
        Assert.IsNotNull(target, "the binlog has the TaskerRunPipelines target");
        var messages = target.FindChildrenRecursive<Message>().Select(message => message.Text).ToList();
        CollectionAssert.Contains(messages, "console: hello from the profile");
        Assert.IsTrue(messages.Any(text => text.EndsWith("greeting v1", StringComparison.Ordinal)), string.Join("\n", messages));
    }

    [TestMethod]
    public void A_parallel_build_of_a_solution_runs_each_projects_pipeline_once_and_apart()
    {
        using var first = Consumer();
        using var second = Consumer();
        first.Write("pipeline.toml", Snippets.Pipeline("pass").Replace("hello from the profile", "first project", StringComparison.Ordinal));
        second.Write("pipeline.toml", Snippets.Pipeline("pass").Replace("hello from the profile", "second project", StringComparison.Ordinal));
        var solutionDirectory = Path.GetDirectoryName(first.Directory)!;
        var solutionName = $"All{Guid.NewGuid():N}"[..12];
        File.Copy(Path.Combine(first.Directory, "nuget.config"), Path.Combine(solutionDirectory, "nuget.config"), overwrite: true);
        var packages = PackageFeed.Current.PackagesFolder;
        Assert.AreEqual(0, DotNet.Run(solutionDirectory, packages, "new", "sln", "-n", solutionName, "--format", "sln").ExitCode);
        Assert.AreEqual(0, DotNet.Run(solutionDirectory, packages, "sln", $"{solutionName}.sln", "add", first.ProjectPath, second.ProjectPath).ExitCode);

        var result = DotNet.Run(solutionDirectory, packages, "build", $"{solutionName}.sln", "-m:2", "-nr:false", "-v:n");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(1, CountOf(result.Output, "console: first project"), result.ToString());
        Assert.AreEqual(1, CountOf(result.Output, "console: second project"), result.ToString());
        Assert.AreEqual(2, CountOf(result.Output, PipelineRan), result.ToString());
    }

    [TestMethod]
    public void The_terminal_logger_shows_the_error_at_its_place()
    {
        using var project = Consumer(checkMode: "fail");

        var result = project.Build("-tl:on");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var plain = System.Text.RegularExpressions.Regex.Replace(result.Output, @"\u001B(\[[0-9;?]*[A-Za-z]|\][^\u001B]*\u001B\\)", string.Empty);
        StringAssert.Contains(plain, "pipeline.toml(7,1");
        StringAssert.Contains(plain, "error TSK2001: Task Consumer.CheckTask (entry 2) returned Error.");
        Assert.IsFalse(result.Output.Contains("MSB4018", StringComparison.Ordinal), result.ToString());
    }
}
