using System.Collections.Concurrent;
using System.IO.Pipes;
using System.Runtime.InteropServices;
using System.Text;
using Tasker.Host;
using Tasker.Hosting;
using Tasker.Isolation;

if (HostChannel.NameIn(args) is not { } channelName)
{
    Console.Error.WriteLine($"Tasker.Host is started by the Tasker.MSBuild task, which names its channel with {HostChannel.Option} NAME.");
    return 2;
}

// The protocol rides on a pipe of its own (see HostChannel): whatever writes to the console (a task, a child
// process it starts, a static constructor, a library) is ordinary output and can never forge an event.
var channel = new NamedPipeClientStream(".", channelName, PipeDirection.InOut, HostChannel.Options);
try
{
    channel.Connect(TimeSpan.FromSeconds(30));
}
catch (Exception exception) when (exception is TimeoutException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"Tasker.Host could not open its channel {channelName}: {exception.Message}");
    return 2;
}

// The protocol is not on standard input any more, and the build closes it at once: a task that reads the console
// (or a child process that reads its inherited input) sees end of input instead of waiting forever.
Console.SetIn(TextReader.Null);

// Ctrl+C in a terminal reaches every process of the build, this one too. The build cancels the pipeline itself
// (a cancellation request on the channel), so the host must not die first and look like a crashing task.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);

var protocol = new ProtocolWriter(new StreamWriter(channel, new UTF8Encoding(false), bufferSize: 64 * 1024));

// Console writes inside this process become message events, in order with the pipeline's own events.
Console.SetOut(new ConsoleMessageWriter(protocol));
Console.SetError(new ConsoleMessageWriter(protocol));

using var session = new HostSession(protocol);
using var requests = new BlockingCollection<HostRequest>();

// Requests are read on their own thread so that a cancellation reaches the pipeline that is running.
var reader = new Thread(() =>
{
    try
    {
        using var input = new StreamReader(channel, new UTF8Encoding(false));
        while (input.ReadLine() is { } line)
        {
            switch (HostProtocol.ReadRequest(line))
            {
                case { Cancel: true }:
                    session.Cancel();
                    break;
                case { } request:
                    requests.Add(request);
                    break;
            }
        }
    }
    catch (IOException)
    {
        // The build went away: end as at the end of its requests.
    }

    // Without a build to report to, a pipeline still running has no reason to go on.
    session.Cancel();
    requests.CompleteAdding();
})
{
    IsBackground = true,
    Name = "Tasker host input",
};
reader.Start();

// The host may start while the project compiles (PrepareTaskerPipelines): its engine gets ready before the first request
// comes, unless one is already waiting.
if (requests.Count == 0)
{
    Engine.WarmUp();
}

foreach (var request in requests.GetConsumingEnumerable())
{
    session.Run(request);
}

return 0;
