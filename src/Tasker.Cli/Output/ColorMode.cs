namespace Tasker.Cli.Output;

/// <summary>When to use colours and the live progress line (<c>--color</c>).</summary>
internal enum ColorMode
{
    /// <summary>Only when standard output is a terminal and NO_COLOR is not set.</summary>
    Auto,

    Always,

    Never,
}
