using Spectre.Console;

namespace NewsNlp.Cli.Progress;

/// <summary>
/// Progress for long runs (Spectre.Console) on standard error. On an interactive terminal it is a live bar or
/// spinner; otherwise (redirected, CI, tests) nothing is drawn and messages are plain lines, so logs and the JSON
/// on standard output stay clean.
/// </summary>
internal static class CliProgress
{
    /// <summary>Runs <paramref name="work"/> with a progress bar out of <paramref name="total"/> (unknown when null).</summary>
    public static T Run<T>(CliConsole console, string description, long? total, Func<IProgressReporter, T> work)
    {
        if (!console.Interactive)
        {
            return work(new PlainReporter(console.Error));
        }

        IAnsiConsole ansi = CreateConsole(console.Error);
        return ansi.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total ?? 1));
                task.IsIndeterminate = total is null;
                T result = work(new LiveReporter(ansi, task, description));
                if (total is { } size)
                {
                    task.Value = size;
                }

                task.StopTask();
                return result;
            });
    }

    /// <summary>
    /// Runs <paramref name="work"/> under a spinner that shows its latest status. Without a terminal, each status is
    /// a plain line on standard error when <paramref name="plainStatusLines"/> (a training log), else nothing.
    /// </summary>
    public static T RunWithStatus<T>(CliConsole console, string status, bool plainStatusLines, Func<IProgressReporter, T> work)
    {
        if (!console.Interactive)
        {
            return work(new PlainReporter(console.Error, plainStatusLines));
        }

        IAnsiConsole ansi = CreateConsole(console.Error);
        return ansi.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(status), context => work(new StatusReporter(ansi, context)));
    }

    private static IAnsiConsole CreateConsole(TextWriter error) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(error),
        Interactive = InteractionSupport.Yes,
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
    });

    /// <summary>No display: messages (and, for status work such as training, each status) as plain lines.</summary>
    private sealed class PlainReporter(TextWriter error, bool echoStatus = false) : IProgressReporter
    {
        public void Report(long done, string? detail = null)
        {
        }

        public void Status(string status)
        {
            if (echoStatus)
            {
                error.WriteLine(status);
            }
        }

        public void WriteLine(string message) => error.WriteLine(message);
    }

    private sealed class LiveReporter(IAnsiConsole ansi, ProgressTask task, string description) : IProgressReporter
    {
        public void Report(long done, string? detail = null)
        {
            task.Value = done;
            if (detail is not null)
            {
                task.Description = Markup.Escape($"{description} ({detail})");
            }
        }

        public void Status(string status) => task.Description = Markup.Escape(status);

        public void WriteLine(string message) => ansi.WriteLine(message);
    }

    private sealed class StatusReporter(IAnsiConsole ansi, StatusContext context) : IProgressReporter
    {
        public void Report(long done, string? detail = null)
        {
        }

        public void Status(string status)
        {
            context.Status(Markup.Escape(status));
            ansi.WriteLine(status);
        }

        public void WriteLine(string message) => ansi.WriteLine(message);
    }
}
