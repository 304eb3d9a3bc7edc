using Tasker.Containers;
using Tasker.Execution;
using Tasker.Planning;
using Tasker.Profiles;

namespace Tasker.Hosting;

/// <summary>
/// What <c>tasker plan</c> shows of one step without running it: its table with every value the profile fixes
/// evaluated (values known only at run time, such as <c>$E</c>, stay <see cref="Profiles.Values.DeferredValue"/>,
/// so no environment value is ever read), its storage keys, and for a container its workers and branches.
/// </summary>
internal sealed record StepPreview(
    ValidatedStep Step,
    ProfileTable Values,
    IReadOnlyList<string> Require,
    IReadOnlyList<string> Provide,
    IReadOnlyList<string> Remove,
    ContainerPlan? Container);
