using Tasker.Tests.Support;

namespace Tasker.Tests.Hostile;

/// <summary>Hostile corpus, class "environment": errors about environment values name the variable, never its value.</summary>
[TestClass]
public sealed class HostileEnvironmentTests
{
    private const string Secret = "s3cret-0f-the-build";

    [TestMethod]
    [DoNotParallelize]
    [DataRow("$I", "TSK0010", Secret)]
    [DataRow("$F", "TSK0010", Secret)]
    [DataRow("$B", "TSK0010", Secret)]
    [DataRow("$P", "TSK0013", "/no/such/" + Secret + ".toml")]
    [DataRow("$R", "TSK0015", "No.Such." + Secret)]
    public void A_wrong_value_of_a_variable_is_reported_by_name_only(string conversion, string code, string value)
    {
        var name = "TASKER_TEST_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(name, value);
        try
        {
            var error = HostileTaskTests.SingleLocatedError(
                ProfileText.Meta("Tasker.Tests.Support.Hostile.SchemaTask", "profile = \"t\"") + $"[t]\nname = \"x\"\nsecret = \"{name}$E{conversion}\"\n",
                code,
                allowRun: true);

            StringAssert.Contains(error.Message, name);
            Assert.IsFalse(error.Message.Contains(Secret, StringComparison.Ordinal), error.Message);
            Assert.AreEqual((6, 10), (error.Location.Line, error.Location.Column));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [TestMethod]
    public void A_wrong_default_is_still_quoted_because_the_profile_wrote_it()
    {
        var name = "TASKER_TEST_" + Guid.NewGuid().ToString("N");
        var error = HostileTaskTests.SingleLocatedError(
            ProfileText.Meta("Tasker.Tests.Support.Hostile.SchemaTask", "profile = \"t\"") + $"[t]\nname = \"x\"\nport = \"{name}:-eighty$E$I\"\n",
            "TSK0010");

        StringAssert.Contains(error.Message, "eighty");
    }
}
