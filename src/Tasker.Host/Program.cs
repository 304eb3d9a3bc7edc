using System.Collections.Concurrent;
using System.Text;
using Tasker.Host;
using Tasker.Isolation;

// The real standard output carries the protocol only; whatever else writes to the console (a task, a static
// constructor, a library) becomes a message instead of a corrupt protocol line.
// A buffer larger than any usual event writes each line with one system call, so that a child process a task
// starts (which inherits this standard output) can at worst add lines between events, not split one.
var protocol = new ProtocolWriter(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 64 * 1024));
Console.SetOut(new ConsoleMessageWriter(protocol));
Console.SetError(new ConsoleMessageWriter(protocol));

using var session = new HostSession(protocol);
using var requests = new BlockingCollection<HostRequest>();

// Input is read on its own thread so that a cancellation reaches the pipeline that is running.
var reader = new Thread(() =>
{
    using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
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

    requests.CompleteAdding();
})
{
    IsBackground = true,
    Name = "Tasker host input",
};
reader.Start();

foreach (var request in requests.GetConsumingEnumerable())
{
    session.Run(request);
}

return 0;
