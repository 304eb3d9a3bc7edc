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

    [TestMethod]
    public void Each_code_has_one_reporter_the_engine_or_the_package_targets()
    {
        var codeOfField = typeof(DiagnosticCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(field => field.GetValue(null) is DiagnosticDescriptor)
            .ToDictionary(field => field.Name, field => ((DiagnosticDescriptor)field.GetValue(null)!).Code);
        var sources = Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.EndsWith("DiagnosticCodes.cs", StringComparison.Ordinal));
        var usedInCode = sources.SelectMany(path => DescriptorUse().Matches(File.ReadAllText(path)).Select(match => match.Groups[1].Value))
            .Where(codeOfField.ContainsKey)
            .Select(name => codeOfField[name])
            .ToHashSet();
        var targets = new[] { "build", "buildTransitive" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.targets"))
            .SelectMany(path => TargetsCode().Matches(File.ReadAllText(path)).Select(match => match.Groups[1].Value))
            .ToHashSet();

        Assert.IsEmpty(targets.Except(codeOfField.Values), "the .targets report codes DiagnosticCodes does not define: " + string.Join(", ", targets.Except(codeOfField.Values)));
        Assert.IsEmpty(targets.Intersect(usedInCode), "these codes are reported both by the .targets and by code, so they mean two things: " + string.Join(", ", targets.Intersect(usedInCode)));
        var unused = codeOfField.Values.Except(usedInCode).Except(targets).ToList();
        Assert.IsEmpty(unused, "these codes are defined but nothing reports them: " + string.Join(", ", unused));
    }

    [GeneratedRegex(@"DiagnosticCodes\.(\w+)")]
    private static partial Regex DescriptorUse();

    [GeneratedRegex(@"Code=""(TSK\d{4})""")]
    private static partial Regex TargetsCode();

    [GeneratedRegex(@"^\| (TSK\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^TSK\d{4}$")]
    private static partial Regex CodeFormat();
}
