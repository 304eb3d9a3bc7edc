using Tasker.Diagnostics;
using Tasker.Testing;

namespace Tasker.Tests.Profiles;

[TestClass]
public sealed class ProfileReadingTests
{
    [TestMethod]
    public void A_number_is_never_read_as_text_as_the_schema_says()
    {
        var profile = TaskTest.Profile("name = 5");

        var exception = Assert.ThrowsExactly<DiagnosticException>(() => profile.Get<string>("name"));

        Assert.AreEqual("TSK2007", exception.Diagnostic.Code);
        Assert.IsFalse(profile.TryGet<string>("name", out _));
        Assert.AreEqual(5L, profile.Get<long>("name"));
    }

    [TestMethod]
    public void A_whole_number_is_still_read_as_any_number_type_it_fits()
    {
        var profile = TaskTest.Profile("port = 8080\nratio = 2");

        Assert.AreEqual(8080, profile.Get<int>("port"));
        Assert.AreEqual(2.0, profile.Get<double>("ratio"));
        Assert.ThrowsExactly<DiagnosticException>(() => profile.Get<byte>("port"));
    }
}
