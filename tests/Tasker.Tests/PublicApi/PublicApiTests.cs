using PublicApiGenerator;
using Tasker.Tests.Support;

namespace Tasker.Tests.PublicApi;

/// <summary>
/// The public API of every shipped library is locked in a checked-in text file, so a change to it is always a
/// deliberate one: a failing test writes <c>*.received.txt</c> next to the file; review it and copy it over
/// <c>*.verified.txt</c> to accept the change.
/// </summary>
[TestClass]
public sealed class PublicApiTests
{
    [TestMethod]
    [DataRow("Tasker")]
    [DataRow("Tasker.MSBuild")]
    public void The_public_API_is_the_one_checked_in(string assemblyName)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(loaded => loaded.GetName().Name == assemblyName)
            ?? System.Reflection.Assembly.Load(assemblyName);
        var actual = assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ReplaceLineEndings("\n");
        var verified = RepositoryFiles.PathOf($"tests/Tasker.Tests/PublicApi/{assemblyName}.verified.txt");
        var received = Path.ChangeExtension(verified, null).Replace(".verified", ".received", StringComparison.Ordinal) + ".txt";
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : string.Empty;
        if (actual == expected)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"The public API of {assemblyName} changed. If that is deliberate, review {received} and copy it over {verified}.");
    }
}
