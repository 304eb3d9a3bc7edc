namespace Tasker.Profiles;

/// <summary>
/// A built-in task whose storage declarations depend on its profile table (the key-copying tasks): the engine hands
/// it the table before it reads Require/Provide/Remove.
/// </summary>
internal interface IProfileConfiguredTask
{
    void Configure(Profile profile);
}
