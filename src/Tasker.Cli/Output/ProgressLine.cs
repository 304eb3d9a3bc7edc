using System.Diagnostics;
using System.Globalization;

namespace Tasker.Cli.Output;

/// <summary>
/// The live status line of a run on a terminal: which step runs, how much of its work is done (a fork's
/// branches) and for how long. Updates only change counters; a timer redraws a few times a second, so a
/// fork of thousands of branches costs a few redraws, never a line per branch.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(200);

    private readonly ConsoleOutput _output;
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private string? _step;
    private long _startedAt;
    private int _done;
    private int _total;

    public ProgressLine(ConsoleOutput output)
    {
        _output = output;
        if (output.IsTerminal)
        {
            _timer = new Timer(_ => Redraw(), null, RedrawInterval, RedrawInterval);
        }
    }

    public void StepStarted(string step)
    {
        lock (_gate)
        {
            _step = step;
            _startedAt = Stopwatch.GetTimestamp();
            _done = 0;
            _total = 0;

            // Off a terminal no line is drawn, so the text is not worth making.
            if (_output.IsTerminal)
            {
                _output.Status(Describe());
            }
        }
    }

    public void Advanced(int done, int total)
    {
        lock (_gate)
        {
            // Branches finish out of order on several threads: keep the largest count seen.
            _done = Math.Max(_done, done);
            _total = total;
        }
    }

    public void StepFinished()
    {
        lock (_gate)
        {
            _step = null;
            _output.Status(null);
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();

        // A timer callback already under way sees no step and draws nothing after this.
        StepFinished();
    }

    // Under the lock, so that a redraw racing with the end of a step cannot bring back a finished step's line.
    internal void Redraw()
    {
        lock (_gate)
        {
            if (_step is not null)
            {
                _output.Status(Describe());
            }
        }
    }

    private string Describe()
    {
        var elapsed = Stopwatch.GetElapsedTime(_startedAt);
        var clock = elapsed.ToString(elapsed.TotalHours >= 1 ? @"h\:mm\:ss" : @"mm\:ss", CultureInfo.InvariantCulture);
        var work = _total > 0 ? string.Create(CultureInfo.InvariantCulture, $"  {_done}/{_total} ({100.0 * _done / _total:0}%)") : string.Empty;
        return $"{_step}{work}  {clock}";
    }
}
