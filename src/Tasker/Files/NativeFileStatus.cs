using System.Runtime.InteropServices;

namespace Tasker.Files;

/// <summary>
/// The start of the runtime's own platform-neutral file status (its native shim's <c>FileStatus</c>, the same on every
/// Unix and architecture, unlike libc's <c>struct stat</c>). Only the first fields are read; the size leaves room
/// for the fields the runtime adds at the end.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 512)]
internal struct NativeFileStatus
{
    public int Flags;
    public int Mode;
}
