using System.Globalization;
using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Execution;
using Tasker.Profiles;

namespace Tasker.Tasks;

/// <summary>
/// Sets one environment variable per key of its table (numbers, booleans and dates as text). Only the names are
/// logged, never the values, which are often secrets. The pipeline restores the variables when it ends.
/// </summary>
internal sealed class SetEnvironmentTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        // Every value is checked before the first one is set, so a mistake leaves the environment untouched.
        var variables = profile.Table.Fields.Select(field => (field.Key, Text: Text(field))).ToList();
        foreach (var (name, text) in variables)
        {
            SecretValues.Observe(name, text);
            EnvironmentScope.Set(name, text);
        }

        logger.LogInformation("Set environment variables: {Names}", variables.Count == 0 ? "(none)" : string.Join(", ", variables.Select(variable => variable.Key)));
        return Return.Success;
    }

    private static string Text(ProfileField field)
    {
        if (field.Key.Length == 0 || field.Key.Contains('=', StringComparison.Ordinal) || field.Key.Contains('\0', StringComparison.Ordinal))
        {
            throw Invalid(field, $"'{field.Key.Replace("\0", "\\0", StringComparison.Ordinal)}' cannot name an environment variable (it is empty or contains '=' or NUL). Rename the key");
        }

        var text = field.Value.Raw switch
        {
            string value => value,
            bool flag => flag ? "true" : "false",
            IFormattable formattable when field.Value.Raw is long or double => formattable.ToString(null, CultureInfo.InvariantCulture),
            DateTimeOffset offset => offset.ToString("O", CultureInfo.InvariantCulture),
            DateTime dateTime => dateTime.ToString("O", CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("O", CultureInfo.InvariantCulture),
            TimeOnly time => time.ToString("O", CultureInfo.InvariantCulture),
            var other => throw Invalid(field, $"The environment variable '{field.Key}' gets a {ProfileValue.DescribeType(other)}; only strings, numbers, booleans and dates become environment variables. Write the value as a string"),
        };

        // The operating system ends a variable's value at its first NUL, so the variable would silently get less than
        // the profile says. The value itself is not shown: it is often a secret.
        return text.Contains('\0', StringComparison.Ordinal)
            ? throw Invalid(field, $"The value of the environment variable '{field.Key}' contains a NUL character, which an environment variable cannot hold. Remove it")
            : text;
    }

    private static DiagnosticException Invalid(ProfileField field, string message) =>
        new(Diagnostic.Error(DiagnosticCodes.EnvironmentValueInvalid, field.Value.Location, message + "."));
}
