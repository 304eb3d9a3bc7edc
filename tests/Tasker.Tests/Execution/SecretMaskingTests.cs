using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>Values of secret environment variables never reach what a pipeline reports: messages, diagnostics, task output.</summary>
[TestClass]
public sealed class SecretMaskingTests
{
    [TestMethod]
    [DoNotParallelize]
    public void A_secret_read_through_E_is_masked_in_task_output_and_diagnostics()
    {
        var secret = "tok-" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable("TASKER_TEST_API_TOKEN", secret);
        try
        {
            using var files = new TestProfiles();
            var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tests.Support.EchoValueTask", "profile = \"t\"") + "[t]\nvalue = \"TASKER_TEST_API_TOKEN$E\"\n");

            var (result, events) = PipelineHarness.Run(path);

            var everything = string.Join("\n", events.Messages.Select(message => message.Text).Concat(events.Diagnostics.Select(diagnostic => diagnostic.Message)));
            Assert.IsFalse(result.Succeeded, "the task fails on purpose, with the value in its error");
            Assert.IsFalse(everything.Contains(secret, StringComparison.Ordinal), everything);
            StringAssert.Contains(everything, "printed ***");
            StringAssert.Contains(everything, "logged ***");
        }
        finally
        {
            Environment.SetEnvironmentVariable("TASKER_TEST_API_TOKEN", null);
        }
    }

    [TestMethod]
    [DoNotParallelize]
    public void A_value_of_an_ordinary_name_is_shown_and_TaskerSecrets_names_more()
    {
        var plain = "plain-" + Guid.NewGuid().ToString("N");
        var listed = "listed-" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable("TASKER_TEST_PLAIN", plain);
        Environment.SetEnvironmentVariable("TASKER_TEST_LISTED", listed);
        try
        {
            using var files = new TestProfiles();
            var path = files.Write("p.toml",
                ProfileText.Meta("Tasker.Tests.Support.EchoValueTask", "profile = \"a\"") + ProfileText.Meta("Tasker.Tests.Support.EchoValueTask", "profile = \"b\"")
                + "[a]\nvalue = \"TASKER_TEST_PLAIN$E\"\nfail = false\n[b]\nvalue = \"TASKER_TEST_LISTED$E\"\nfail = false\n");

            var (_, events) = PipelineHarness.Run(path, options => options with { SecretNames = ["TASKER_TEST_LISTED"] });

            var everything = string.Join("\n", events.Messages.Select(message => message.Text));
            StringAssert.Contains(everything, plain);
            Assert.IsFalse(everything.Contains(listed, StringComparison.Ordinal), everything);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TASKER_TEST_PLAIN", null);
            Environment.SetEnvironmentVariable("TASKER_TEST_LISTED", null);
        }
    }
}
