using Tasker.Diagnostics;

namespace Tasker.Profiles.Reading;

/// <summary>The text is not valid TOML; <see cref="TomlProfileReader"/> turns this into a TSK diagnostic.</summary>
internal sealed class TomlReadFailure(SourceLocation location, string reason) : Exception(reason)
{
    public SourceLocation Location { get; } = location;
}
