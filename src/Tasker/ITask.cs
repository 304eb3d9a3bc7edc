using Microsoft.Extensions.Logging;

namespace Tasker;

/// <summary>
/// A step of a pipeline. A profile names the implementing type in a <c>[[__meta__]]</c> entry;
/// the type needs a public parameterless constructor.
/// </summary>
public interface ITask
{
    /// <summary>Runs the task.</summary>
    /// <param name="profile">The task's own table of the TOML profile.</param>
    /// <param name="shared">The storage shared by all tasks of the pipeline, limited to the keys this task declares.</param>
    /// <param name="logger">Log records become build errors, warnings and messages.</param>
    /// <returns>The state of the task; see <see cref="Return"/>.</returns>
    Return Invoke(Profile profile, IStorage shared, ILogger logger);

    /// <summary>Keys of the shared storage this task reads.</summary>
    IEnumerable<string> Require() => [];

    /// <summary>Keys of the shared storage this task writes (and may read back).</summary>
    IEnumerable<string> Provide() => [];

    /// <summary>Keys of the shared storage this task deletes.</summary>
    IEnumerable<string> Remove() => [];

    /// <summary>The schema of this task's profile table.</summary>
    IEnumerable<Definition> Define() => [];
}
