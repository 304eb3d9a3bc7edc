using System.IO.Pipes;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Tasker.Cli.Output;

namespace Tasker.Cli.Tests.Output;

/// <summary>
/// The tool writes its two streams straight to their file descriptors on Unix under a UTF-8 locale, and leaves the
/// console's writers in place otherwise.
/// </summary>
[TestClass]
public sealed class StandardStreamsTests
{
    [TestMethod]
    [DataRow(null, null, null, true, DisplayName = "no locale: the console's default, UTF-8")]
    [DataRow(null, null, "C", true, DisplayName = "a locale with no character set")]
    [DataRow(null, null, "C.UTF-8", true)]
    [DataRow(null, null, "en_US.utf8", true)]
    [DataRow(null, null, "de_DE.UTF-8@euro", true)]
    [DataRow(null, null, "de_DE.ISO-8859-15@euro", false)]
    [DataRow("C.UTF-8", null, "de_DE.ISO-8859-1", true, DisplayName = "LC_ALL first")]
    [DataRow(" ", "fr_FR.ISO-8859-1", "C.UTF-8", false, DisplayName = "a blank LC_ALL is not set; LC_MESSAGES before LANG")]
    public void Only_a_utf8_locale_gets_the_direct_writers(string? all, string? messages, string? lang, bool utf8)
    {
        var environment = new Dictionary<string, string?> { ["LC_ALL"] = all, ["LC_MESSAGES"] = messages, ["LANG"] = lang };

        Assert.AreEqual(utf8, StandardStreams.LocaleIsUtf8(name => environment.GetValueOrDefault(name)));
    }

    [TestMethod]
    public void A_descriptor_stream_writes_everything_and_stops_quietly_when_the_reader_is_gone()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("File descriptors and write(2) are Unix's.");
        }

        using var reader = new AnonymousPipeServerStream(PipeDirection.In);
        var writer = new AnonymousPipeClientStream(PipeDirection.Out, reader.ClientSafePipeHandle);
        var stream = new DescriptorStream((int)writer.SafePipeHandle.DangerousGetHandle());
        var text = new string('x', 10_000) + "\n";

        stream.Write(Encoding.UTF8.GetBytes(text));
        writer.Dispose();
        var read = new StreamReader(reader).ReadToEnd();

        Assert.AreEqual(text, read);
    }

    [TestMethod]
    public void A_full_non_blocking_pipe_is_waited_for_not_an_error()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("File descriptors and write(2) are Unix's.");
        }

        // Some parents start the tool with a non-blocking pipe: a write to it when full says "try again".
        using var reader = new AnonymousPipeServerStream(PipeDirection.In);
        var writer = new AnonymousPipeClientStream(PipeDirection.Out, reader.ClientSafePipeHandle);
        var descriptor = (int)writer.SafePipeHandle.DangerousGetHandle();
        Assert.AreEqual(0, SetNonBlocking(descriptor, 1));
        var text = new byte[1024 * 1024];
        Array.Fill(text, (byte)'x');

        var writing = Task.Run(() =>
        {
            try
            {
                new DescriptorStream(descriptor).Write(text);
            }
            finally
            {
                // The reader below sees the end either way: a failed write must fail the test, not hang it.
                writer.Dispose();
            }
        });
        var received = new MemoryStream();
        reader.CopyTo(received);

        Assert.IsTrue(writing.Wait(TimeSpan.FromMinutes(1)), "the write ended");
        Assert.AreEqual(text.Length, received.Length);
    }

    [TestMethod]
    public void Writing_after_the_reader_closed_its_end_is_no_error()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("File descriptors and write(2) are Unix's.");
        }

        // As `tasker plan | head -1` after head has read its line.
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle).Dispose();
        writer.DisposeLocalCopyOfClientHandle();
        var descriptor = (int)writer.SafePipeHandle.DangerousGetHandle();
        using (var plain = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0))
        {
            Assert.ThrowsExactly<IOException>(() => plain.Write("x"u8), "the pipe has no reader: a plain write fails");
        }

        var stream = new DescriptorStream(descriptor);

        stream.Write("nobody reads this\n"u8);
        stream.Write("nor this\n"u8);
    }

    // The runtime's own shim, as the tool's DescriptorStream uses it.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FcntlSetIsNonBlocking")]
    private static extern int SetNonBlocking(nint descriptor, int isNonBlocking);
}
