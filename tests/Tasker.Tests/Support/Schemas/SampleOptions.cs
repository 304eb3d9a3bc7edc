using System.Runtime.Serialization;

namespace Tasker.Tests.Support.Schemas;

public sealed class SampleOptions
{
    [System.ComponentModel.Description("Who to greet.")]
    public required string Name { get; set; }

    public int RepeatCount { get; set; } = 3;

    [DataMember(Name = "greeting-text")]
    public string? Greeting { get; set; }

    public List<string> Tags { get; set; } = [];

    public ServerOptions Server { get; set; } = new();

    public List<StageOptions> Stages { get; set; } = [];
}
