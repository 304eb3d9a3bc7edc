using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class NotATask
{
}
