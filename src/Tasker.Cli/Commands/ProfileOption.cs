using System.CommandLine;

namespace Tasker.Cli.Commands;

/// <summary>The <c>-f</c> option of the commands that take a profile, spelled as the Python launcher's.</summary>
internal static class ProfileOption
{
    public static Option<string> Create() => new("--file", "-f")
    {
        Description = "The launcher profile (TOML) to use.",
        Required = true,
        HelpName = "profile.toml",
    };
}
