using Tasker.Cli.Ci;

namespace Tasker.Cli.Output;

/// <summary>
/// The tool's two streams: results on standard output, diagnostics on standard error (so that
/// <c>tasker schema &gt; file.json</c> or <c>tasker plan | less</c> get only what they asked for). On a terminal it
/// also keeps one live status line at the bottom, cleared before any other line is written and drawn again after.
/// </summary>
internal sealed class ConsoleOutput
{
    private readonly object _gate = new();
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private string? _status;

    public ConsoleOutput(TextWriter output, TextWriter error, Palette palette, bool isTerminal, Verbosity verbosity)
    {
        _out = output;
        _error = error;
        Palette = palette;
        IsTerminal = isTerminal;
        Verbosity = verbosity;
    }

    public Palette Palette { get; }

    /// <summary>The CI service's log commands (annotations, groups, job summary); none outside CI.</summary>
    public CiLog Ci { get; init; } = CiLog.None;

    /// <summary>Whether standard output is an interactive terminal (live progress is shown only there).</summary>
    public bool IsTerminal { get; }

    public Verbosity Verbosity { get; }

    public static ConsoleOutput ForConsole(ColorMode mode, Verbosity verbosity, CiSystem ci)
    {
        var terminal = !Console.IsOutputRedirected && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        var colored = mode switch
        {
            ColorMode.Always => true,
            ColorMode.Never => false,
            _ => terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        };
        return new ConsoleOutput(Console.Out, Console.Error, colored ? Palette.Colored : Palette.Plain, terminal && mode != ColorMode.Never, verbosity)
        {
            Ci = CiLog.For(ci, Console.Out, Console.Error, Environment.GetEnvironmentVariable),
        };
    }

    public void Line(string text = "") => Write(_out, text);

    public void ErrorLine(string text) => Write(_error, text);

    /// <summary>Shows <paramref name="status"/> as the live line (terminal only); <see langword="null"/> removes it.</summary>
    public void Status(string? status)
    {
        if (!IsTerminal)
        {
            return;
        }

        lock (_gate)
        {
            ClearStatus();
            _status = status is null ? null : FitToWidth(status);
            DrawStatus();
        }
    }

    // A status line that wraps could no longer be erased with one carriage return.
    private static string FitToWidth(string status)
    {
        int width;
        try
        {
            width = Console.WindowWidth;
        }
        catch (IOException)
        {
            width = 80;
        }

        return width > 1 && status.Length >= width ? status[..(width - 2)] + "…" : status;
    }

    private void Write(TextWriter writer, string text)
    {
        lock (_gate)
        {
            ClearStatus();
            writer.WriteLine(text);
            writer.Flush();
            DrawStatus();
        }
    }

    private void ClearStatus()
    {
        if (_status is not null)
        {
            // Carriage return, then erase the line: the next text starts where the status line was.
            _out.Write("\r\u001b[2K");
        }
    }

    private void DrawStatus()
    {
        if (_status is not null)
        {
            _out.Write(Palette.Paint(Palette.Detail, _status));
            _out.Flush();
        }
    }
}
