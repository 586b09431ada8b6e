using Elections.App.Configuration;
using Microsoft.Extensions.Options;

namespace Elections.Webhooks;

/// <summary>The host fails closed: without a webhook secret it refuses to start.</summary>
internal sealed class WebhookSecretValidator : IValidateOptions<ElectionsOptions>
{
    public ValidateOptionsResult Validate(string? name, ElectionsOptions options) =>
        string.IsNullOrWhiteSpace(options?.WebhookSecret)
            ? ValidateOptionsResult.Fail($"{ElectionsVariables.WebhookSecret} is not set: the host refuses to accept unsigned webhooks; set it to the App's webhook secret")
            : ValidateOptionsResult.Success;
}
