namespace Tasker.Tests.Support;

/// <summary>A <see cref="CachedWorkTask"/> that requires 'seed' and adds it to its result.</summary>
public sealed class SeededWorkTask : CachedWorkTask
{
    protected override long Seed(IStorage shared) => shared.Get<long>("seed");

    public override IEnumerable<string> Require() => ["seed"];
}
