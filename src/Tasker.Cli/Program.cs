return Tasker.Cli.TaskerCommandLine.Run(args);
