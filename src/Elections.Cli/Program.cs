using Elections.Cli;

return await ElectionsCli.RunAsync(args, Console.Out, Console.Error);
