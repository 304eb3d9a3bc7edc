using System.Runtime.InteropServices;

namespace Tasker.Cli.Output;

/// <summary>
/// Writes to an open file descriptor of the process with write(2), as the console's own stream does: at the
/// descriptor's shared offset, so standard output and standard error redirected to one file (<c>&gt; log 2&gt;&amp;1</c>)
/// interleave instead of overwriting each other, as two FileStreams with their own positions would. A reader that went
/// away (<c>tasker plan | head -1</c>) ends the writing quietly, and a full non-blocking pipe is waited for, as the
/// console's stream does. Unix only.
/// </summary>
internal sealed partial class DescriptorStream(int descriptor) : Stream
{
    // The same number on every Unix the tool runs on (Linux, macOS).
    private const int BrokenPipe = 32;

    // A descriptor set non-blocking by whoever started the tool says "try again" when its pipe is full.
    private static readonly int TryAgain = OperatingSystem.IsMacOS() ? 35 : 11;

    private bool _readerGone;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty && !_readerGone)
        {
            var written = SystemWrite(descriptor, buffer, buffer.Length);
            if (written >= 0)
            {
                buffer = buffer[written..];
                continue;
            }

            var error = Marshal.GetLastPInvokeError();
            if (error == TryAgain)
            {
                // The reader has not made room yet; the console's stream waits too.
                Thread.Sleep(1);
                continue;
            }

            if (error != BrokenPipe)
            {
                throw new IOException($"Writing to file descriptor {descriptor} failed (error {error}).", error);
            }

            _readerGone = true;
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    // The runtime's own shim, which retries a write interrupted by a signal.
    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Write", SetLastError = true)]
    private static partial int SystemWrite(nint descriptor, ReadOnlySpan<byte> buffer, int size);
}
