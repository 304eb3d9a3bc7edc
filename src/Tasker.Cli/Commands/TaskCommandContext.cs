using System.CommandLine;
using Tasker.Cli.Loading;
using Tasker.Cli.Output;

namespace Tasker.Cli.Commands;

/// <summary>What a command that needs task types works with: its parsed options, the console and the task types.</summary>
internal sealed record TaskCommandContext(ParseResult Parse, ConsoleOutput Output, TaskTypes Types, CancellationToken Cancellation);
