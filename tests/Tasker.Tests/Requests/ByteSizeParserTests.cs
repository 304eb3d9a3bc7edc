using Tasker.Launcher;
using Tasker.Requests;

namespace Tasker.Tests.Requests;

[TestClass]
public sealed class ByteSizeParserTests
{
    [TestMethod]
    [DataRow("1048576", 1048576L)]
    [DataRow("1", 1L)]
    [DataRow("500KB", 500L * 1024)]
    [DataRow("200 MB", 200L * 1024 * 1024)]
    [DataRow("2gb", 2L * 1024 * 1024 * 1024)]
    [DataRow("1.5GiB", 1536L * 1024 * 1024)]
    [DataRow("1TB", 1024L * 1024 * 1024 * 1024)]
    [DataRow("64b", 64L)]
    public void A_size_reads_as_bytes_with_units_in_1024s(string text, long expected)
    {
        Assert.IsTrue(ByteSizeParser.TryParse(text, out var bytes), text);
        Assert.AreEqual(expected, bytes);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("0")]
    [DataRow("0.4")]
    [DataRow("-1MB")]
    [DataRow("lots")]
    [DataRow("5 parsecs")]
    [DataRow("1e30")]
    [DataRow("99999999999TB")]
    public void Anything_else_is_not_a_size(string text)
    {
        Assert.IsFalse(ByteSizeParser.TryParse(text, out _), text);
    }
}
