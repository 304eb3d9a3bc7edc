using Tasker.Isolation;
using Tasker.Planning;

namespace Tasker.Hosting;

/// <summary>The selection a build asks for (<c>TaskerFrom</c>, <c>TaskerOnly</c>, <c>TaskerSkip</c>), as the engine takes it.</summary>
internal static class BuildSelection
{
    public static EntrySelection Of(HostRequest request) => new()
    {
        From = string.IsNullOrWhiteSpace(request.SelectFrom) ? null : new EntrySelector(request.SelectFrom.Trim(), "TaskerFrom"),
        Only = Selectors(request.SelectOnly, "TaskerOnly"),
        Skip = Selectors(request.SelectSkip, "TaskerSkip"),
    };

    private static EntrySelector[] Selectors(IReadOnlyList<string> texts, string option) =>
        [.. texts.Where(text => !string.IsNullOrWhiteSpace(text)).Select(text => new EntrySelector(text.Trim(), option))];
}
