using System.Text.RegularExpressions;
using Tasker.Diagnostics;
using Tasker.Tests.Support;

namespace Tasker.Tests.Profiles;

/// <summary>
/// Runs every bad profile of <c>Corpus/</c>. Each file states what it must produce in header comments,
/// <c># expect: CODE [included/file.toml] LINE:COLUMN words of the message</c>; the file path defaults to the
/// profile itself. Every expected diagnostic must be reported exactly there, and no other error.
/// Files under <c>Corpus/included/</c> are only included by the others.
/// </summary>
[TestClass]
public sealed partial class CorpusTests
{
    private static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IEnumerable<object[]> Profiles() =>
        Directory.EnumerateFiles(CorpusDirectory, "*.toml", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(path) });

    [TestMethod]
    [DynamicData(nameof(Profiles))]
    public void Bad_profile_reports_what_it_expects(string name)
    {
        var path = Path.Combine(CorpusDirectory, name);
        var expectations = Expectations(path);
        Assert.IsNotEmpty(expectations, $"{name} has no '# expect:' header.");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded && expectations.Any(expected => IsError(expected.Code, events.Diagnostics)), $"{name} should fail.");
        foreach (var expected in expectations)
        {
            var found = events.Diagnostics.Any(diagnostic =>
                diagnostic.Code == expected.Code
                && string.Equals(Path.GetFullPath(diagnostic.Location.File), expected.File, StringComparison.Ordinal)
                && diagnostic.Location.Line == expected.Line
                && diagnostic.Location.Column == expected.Column
                && diagnostic.Message.Contains(expected.Words, StringComparison.Ordinal));
            Assert.IsTrue(found, $"{name}: expected {expected.Code} at {expected.Line}:{expected.Column} saying '{expected.Words}', got:\n{string.Join("\n", events.Diagnostics)}");
        }

        var unexpected = events.Diagnostics.Where(diagnostic => diagnostic.IsError && !expectations.Any(expected => expected.Code == diagnostic.Code)).ToList();
        Assert.IsEmpty(unexpected, $"{name}: unexpected errors:\n{string.Join("\n", unexpected)}");
    }

    [TestMethod]
    public void Corpus_covers_every_profile_language_code()
    {
        var covered = Directory.EnumerateFiles(CorpusDirectory, "*.toml").SelectMany(Expectations).Select(expected => expected.Code).ToHashSet();
        var languageCodes = DiagnosticCodes.All.Select(descriptor => descriptor.Code)
            .Where(code => string.CompareOrdinal(code, "TSK0010") >= 0 && string.CompareOrdinal(code, "TSK0099") <= 0);
        var missing = languageCodes.Where(code => !covered.Contains(code)).ToList();
        Assert.IsEmpty(missing, $"No corpus profile expects {string.Join(", ", missing)}.");
    }

    private static bool IsError(string code, IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Any(diagnostic => diagnostic.Code == code && diagnostic.IsError);

    private static List<Expectation> Expectations(string path) =>
        File.ReadLines(path)
            .Select(line => ExpectLine().Match(line))
            .Where(match => match.Success)
            .Select(match => new Expectation(
                match.Groups["code"].Value,
                Path.GetFullPath(match.Groups["file"].Success ? Path.Combine(Path.GetDirectoryName(path)!, match.Groups["file"].Value) : path),
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["words"].Value.Trim()))
            .ToList();

    [GeneratedRegex(@"^# expect: (?<code>TSK\d{4}) (?:(?<file>\S+\.toml) )?(?<line>\d+):(?<column>\d+) (?<words>.+)$")]
    private static partial Regex ExpectLine();

    private sealed record Expectation(string Code, string File, int Line, int Column, string Words);
}
