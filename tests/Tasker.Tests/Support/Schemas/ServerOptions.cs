namespace Tasker.Tests.Support.Schemas;

public sealed class ServerOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 80;
}
