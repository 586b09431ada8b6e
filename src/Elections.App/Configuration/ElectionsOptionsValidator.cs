using Microsoft.Extensions.Options;

namespace Elections.App.Configuration;

/// <summary>Fails start-up with every problem the binder found (bad values, renamed variables).</summary>
public sealed class ElectionsOptionsValidator : IValidateOptions<ElectionsOptions>
{
    public ValidateOptionsResult Validate(string? name, ElectionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>(options.BindingProblems);
        if (options.PrivateKeyFile.Length > 0 && !File.Exists(options.PrivateKeyFile))
        {
            problems.Add($"{ElectionsVariables.PrivateKeyFile} names a file that does not exist: {options.PrivateKeyFile}");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
