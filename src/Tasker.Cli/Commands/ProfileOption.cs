using System.CommandLine;

namespace Tasker.Cli.Commands;

/// <summary>The <c>-f</c> option of the commands that take a profile, spelled as the Python launcher's.</summary>
internal static class ProfileOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--file", "-f")
        {
            Description = "The launcher profile (TOML) to use.",
            Required = true,
            HelpName = "profile.toml",
        };
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("The profile path given with --file is empty.");
            }
        });
        return option;
    }
}
