using Elections.Cli;
using Elections.Cli.Terminal;

var (output, error) = ColourPolicy.Console(args);
return await ElectionsCli.RunAsync(args, output, error);
