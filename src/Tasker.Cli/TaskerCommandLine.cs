using System.CommandLine;
using Tasker.Cli.Commands;
using Tasker.Cli.Output;

namespace Tasker.Cli;

/// <summary>The <c>tasker</c> command and its subcommands; a command line that does not parse exits with 2.</summary>
internal static class TaskerCommandLine
{
    public static RootCommand Create()
    {
        var global = new GlobalOptions();
        var root = new RootCommand("tasker: run, check and plan Tasker TOML pipelines; write task profile templates and the profiles' JSON Schema.")
        {
            LaunchCommand.Create(global),
            CheckCommand.Create(global),
            PlanCommand.Create(global),
            TemplateCommand.Create(global),
            SchemaCommand.Create(global),
        };
        global.AddTo(root);
        return root;
    }

    public static int Run(string[] args)
    {
        EngineHeadStart.BeginFor(args);
        StandardStreams.Install(Environment.GetEnvironmentVariable);
        var parse = Create().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"tasker: error: {error.Message}");
            }

            Console.Error.WriteLine("Run 'tasker --help' to see the commands and their options.");
            return ExitCodes.UsageOrProfileError;
        }

        return parse.Invoke();
    }
}
