using Tasker.Profiles;

namespace Tasker.Tests.Profiles;

/// <summary>Converting a profile value to the type a schema or a task asks for.</summary>
[TestClass]
public sealed class ProfileValueConverterTests
{
    [TestMethod]
    public void A_value_already_of_the_type_asked_for_is_handed_back_as_read()
    {
        // The schema checks convert every value of every branch of a fork: no new box for a value that needs none.
        foreach (var raw in new object[] { true, 42L, 1.5, "text" })
        {
            Assert.IsTrue(ProfileValueConverter.TryConvert(raw, raw.GetType(), out var result));
            Assert.AreSame(raw, result, raw.GetType().Name);
        }
    }

    [TestMethod]
    public void A_value_of_another_type_is_converted()
    {
        Assert.IsTrue(ProfileValueConverter.TryConvert(42L, typeof(int), out var integer));
        Assert.AreEqual(42, integer);
        Assert.IsTrue(ProfileValueConverter.TryConvert(true, typeof(bool?), out var flag));
        Assert.AreEqual(true, flag);
        Assert.IsTrue(ProfileValueConverter.TryConvert(1.5, typeof(float), out var single));
        Assert.AreEqual(1.5f, single);
        Assert.IsFalse(ProfileValueConverter.TryConvert(42L, typeof(bool), out _));
        Assert.IsFalse(ProfileValueConverter.TryConvert(true, typeof(long), out _));
    }
}
