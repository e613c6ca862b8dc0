using System.CommandLine;
using NewsNlp.Cli.Commands;

namespace NewsNlp.Cli;

/// <summary>The <c>newsnlp</c> command tree.</summary>
internal static class CommandLine
{
    public static RootCommand Create(CliConsole console)
    {
        var root = new RootCommand("NewsNlp: sentences, named entities and quotations with their speakers from English news.");
        root.Add(AnalyzeCommand.Create(console));
        root.Add(EvalCommand.Create(console));
        root.Add(TrainCommand.Create(console));
        root.Add(ClusterCommand.Create(console));
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        RootCommand root = Create(console);
        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        var configuration = new InvocationConfiguration { Output = output, Error = console.Error };
        return root.Parse(args).Invoke(configuration);
    }
}
