using PublicApiGenerator;

namespace Tasker.Tests.Support;

/// <summary>
/// Compares the public API of a shipped assembly with its checked-in text file. On a difference it writes
/// <c>*.received.txt</c> next to the file and fails: review it and copy it over <c>*.verified.txt</c> to accept it.
/// </summary>
internal static class PublicApiLock
{
    /// <param name="verifiedFile">The checked-in file, relative to the repository root.</param>
    public static void AssertUnchanged(string assemblyName, string verifiedFile)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(loaded => loaded.GetName().Name == assemblyName)
            ?? System.Reflection.Assembly.Load(assemblyName);
        var actual = assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ReplaceLineEndings("\n");
        var verified = RepositoryFiles.PathOf(verifiedFile);
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
