namespace Tasker.Tests.Support;

/// <summary>A <see cref="CachedWorkTask"/> whose type says it may be cached, without 'cache = true' in the profile.</summary>
[TaskerCacheable]
public sealed class MarkedCacheableTask : CachedWorkTask
{
}
