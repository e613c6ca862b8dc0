using NewsNlp.Cli;

return CommandLine.Run(args, CliConsole.System());
