using Elections.Webhooks;

try
{
    var app = WebhookHost.Build(args);
    await app.RunAsync();
    return 0;
}
catch (WebhookHostConfigurationException exception)
{
    await Console.Error.WriteLineAsync($"error: {exception.Message}");
    return 2;
}
