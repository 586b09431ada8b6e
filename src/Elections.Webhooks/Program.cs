using Elections.Core.Validation;
using Elections.Webhooks;

try
{
    var app = WebhookHost.Build(args);
    await StartupCheck.RunAsync(app, CancellationToken.None);
    await app.RunAsync();
    return StartupCheck.ExitCode(app);
}
catch (WebhookHostConfigurationException exception)
{
    await Console.Error.WriteLineAsync($"error: {exception.Message}");
    return 2;
}
catch (InvalidInputException exception)
{
    foreach (var problem in exception.Problems)
    {
        await Console.Error.WriteLineAsync($"error: {problem}");
    }

    return 2;
}
catch (Exception exception) when (exception is not OperationCanceledException)
{
    await Console.Error.WriteLineAsync($"error: {StartupCheck.Describe(exception)}");
    return 1;
}
