namespace Tasker.Tests.Support.Schemas;

public sealed class StageOptions
{
    public string Stage { get; set; } = "build";

    public bool Enabled { get; set; } = true;
}
