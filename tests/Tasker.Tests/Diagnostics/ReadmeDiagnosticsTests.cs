using System.Text.RegularExpressions;
using Tasker.Diagnostics;
using Tasker.Tests.Support;

namespace Tasker.Tests.Diagnostics;

[TestClass]
public sealed partial class ReadmeDiagnosticsTests
{
    [TestMethod]
    public void The_readme_lists_exactly_the_codes_the_engine_reports()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var listed = TableRow().Matches(readme).Select(match => match.Groups[1].Value).ToHashSet();
        var defined = DiagnosticCodes.All.Select(descriptor => descriptor.Code).ToHashSet();

        CollectionAssert.AreEquivalent(defined.Order().ToList(), listed.Order().ToList(), "README.md's diagnostics table and DiagnosticCodes differ");
    }

    [TestMethod]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticCodes.All.Select(descriptor => descriptor.Code).ToList();

        Assert.AreEqual(codes.Count, codes.Distinct().Count(), "a code is used twice");
        Assert.IsTrue(codes.All(code => CodeFormat().IsMatch(code)), string.Join(", ", codes));
    }

    [GeneratedRegex(@"^\| (TSK\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^TSK\d{4}$")]
    private static partial Regex CodeFormat();
}
