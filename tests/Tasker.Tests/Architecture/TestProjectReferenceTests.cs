namespace Tasker.Tests.Architecture;

/// <summary>
/// The engine's tests compile without MSBuild: the MSBuild task, its host and MSBuild's own assemblies are the
/// business of tests/Tasker.MSBuild.Tests, so a change to the engine is tested without the build around it.
/// </summary>
[TestClass]
public sealed class TestProjectReferenceTests
{
    [TestMethod]
    public void The_engine_tests_reference_no_MSBuild_assembly()
    {
        var references = typeof(TestProjectReferenceTests).Assembly.GetReferencedAssemblies().Select(reference => reference.Name ?? string.Empty).ToList();

        CollectionAssert.Contains(references, "Tasker", "the test reads its own assembly's references");
        var msbuild = references.Where(name => name.StartsWith("Microsoft.Build", StringComparison.Ordinal) || name is "Tasker.MSBuild" or "Tasker.Host").ToList();
        Assert.IsEmpty(msbuild, string.Join(", ", msbuild));
    }
}
