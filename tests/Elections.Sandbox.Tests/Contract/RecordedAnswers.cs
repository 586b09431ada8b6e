using System.Text.Json;
using Elections.Sandbox.Rest;

namespace Elections.Sandbox.Tests.Contract;

/// <summary>Checks the REST answers a Sandbox recorded (<see cref="SandboxServerOptions.RecordResponses"/>) against the spec.</summary>
public static class RecordedAnswers
{
    /// <summary>The problems found, and the operations covered as "METHOD /template".</summary>
    public static (List<string> Problems, HashSet<string> Covered) Check(IEnumerable<SandboxRequest> requests)
    {
        var spec = OpenApiSpec.Current;
        var validator = new SchemaValidator(spec);
        var problems = new List<string>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in requests.Where(r => r.Path != "/graphql" && r.Status > 0 && r.Fault.Length == 0))
        {
            if (!spec.TryMatchPath(request.Method, request.Path, out var template, out var operation))
            {
                problems.Add($"{request.Method} {request.Path}: no such operation in the spec");
                continue;
            }

            covered.Add($"{request.Method} {template}");
            if (!OpenApiSpec.HasStatus(operation, request.Status) && request.Status != 304)
            {
                problems.Add($"{request.Method} {template}: status {request.Status} is not documented");
            }

            if (request.ResponseBody.Length == 0 || !spec.TryResponseSchema(operation, request.Status, out var schema))
            {
                continue;
            }

            using var body = JsonDocument.Parse(request.ResponseBody);
            problems.AddRange(validator.Validate(body.RootElement, schema).Select(e => $"{request.Method} {template} {request.Status}: {e}"));
        }

        return ([.. problems.Distinct()], covered);
    }
}
