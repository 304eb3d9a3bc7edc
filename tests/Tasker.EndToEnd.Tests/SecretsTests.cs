using System.IO.Compression;
using System.Text;
using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

/// <summary>A secret environment value a careless task prints, logs and throws never reaches the build's output or its binary log.</summary>
[TestClass]
public sealed class SecretsTests
{
    private const string LeakyTask = """
        using Microsoft.Extensions.Logging;
        using Tasker;

        namespace E2E;

        public sealed class LeakyTask : ITask
        {
            public Return Invoke(Profile profile, IStorage shared, ILogger logger)
            {
                var token = profile.Get<string>("token");
                var listed = profile.Get<string>("listed");
                Console.WriteLine($"printed {token} and {listed}");
                Console.Error.WriteLine($"stderr {token}");
                logger.LogWarning("logged {Token} and {Listed}", token, listed);
                throw new InvalidOperationException($"thrown {token} and {listed}");
            }
        }
        """;

    [TestMethod]
    [DataRow("none")]
    [DataRow("process")]
    public void Secret_values_are_masked_in_the_output_and_the_binary_log(string isolation)
    {
        var id = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var tokenName = $"E2E_{id}_TOKEN";
        var listedName = $"E2E_{id}_CREDENTIALS";
        var token = $"tok{Guid.NewGuid():N}";
        var listed = $"cred{Guid.NewGuid():N}";
        using var project = new ConsumerProject(extraProperties: $"    <TaskerIsolation>{isolation}</TaskerIsolation>\n    <TaskerSecrets>{listedName}</TaskerSecrets>", extraItems: "    <TaskerProfile Include=\"pipeline.toml\" />");
        project.Write("LeakyTask.cs", LeakyTask);
        project.Write("pipeline.toml", $"""
            [[__meta__]]
            reference = "E2E.LeakyTask"
            profile = "leak"

            [leak]
            token = "{tokenName}$E"
            listed = "{listedName}$E"
            """);
        var binlog = Path.Combine(project.Directory, "build.binlog");
        Environment.SetEnvironmentVariable(tokenName, token);
        Environment.SetEnvironmentVariable(listedName, listed);
        ProcessResult result;
        try
        {
            result = project.Build($"-bl:{binlog}");
        }
        finally
        {
            Environment.SetEnvironmentVariable(tokenName, null);
            Environment.SetEnvironmentVariable(listedName, null);
        }

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "printed *** and ***");
        StringAssert.Contains(result.Output, "thrown *** and ***");
        var leaks = result.Output.Split('\n').Where(line => line.Contains(token, StringComparison.Ordinal) || line.Contains(listed, StringComparison.Ordinal)).ToList();
        Assert.IsEmpty(leaks, "secret values in the output:\n" + string.Join("\n", leaks));
        var log = BinaryLogText(binlog);
        StringAssert.Contains(log, "printed *** and ***", "the binary log is readable and holds the task's output");
        Assert.IsFalse(log.Contains(token, StringComparison.Ordinal), "the token is in the binary log");
        Assert.IsFalse(log.Contains(listed, StringComparison.Ordinal), "the TaskerSecrets value is in the binary log");
    }

    // A binary log is a gzip stream whose strings are UTF-8: searching the inflated bytes finds any string it holds.
    private static string BinaryLogText(string path)
    {
        using var file = File.OpenRead(path);
        using var inflated = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        inflated.CopyTo(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
