using System.Globalization;
using System.Text.Json;

namespace Elections.Sandbox.Tests.Contract;

/// <summary>
/// The subset of JSON Schema (OpenAPI 3.0 flavour) GitHub's description uses for responses: $ref,
/// type, nullable, required, properties, items, enum, allOf, anyOf, oneOf (checked as "at least one":
/// GitHub's alternatives overlap), and the date-time format. Returns every violation with its JSON path.
/// </summary>
public sealed class SchemaValidator(OpenApiSpec spec)
{
    public List<string> Validate(JsonElement value, JsonElement schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors, 0);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> errors, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        schema = spec.Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            var nullable = (schema.TryGetProperty("nullable", out var n) && n.GetBoolean())
                || (schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(x => x.GetString() == "null"));
            if (!nullable && !AnyAlternativeAccepts(value, schema, path, depth))
            {
                errors.Add($"{path}: null is not allowed");
            }

            return;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(value, part, path, errors, depth + 1);
            }
        }

        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(keyword, out var alternatives))
            {
                var results = alternatives.EnumerateArray().Select(a => { var e = new List<string>(); Check(value, a, path, e, depth + 1); return e; }).ToList();
                if (results.All(r => r.Count > 0))
                {
                    errors.Add($"{path}: matches none of {keyword}; closest: {string.Join("; ", results.OrderBy(r => r.Count).First().Take(3))}");
                }
            }
        }

        if (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && !TypeMatches(value, type.GetString()!))
        {
            errors.Add($"{path}: expected {type.GetString()}, got {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null || JsonElement.DeepEquals(v, value)))
        {
            errors.Add($"{path}: {value} is not one of {values}");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var format) && format.GetString() == "date-time"
            && !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add($"{path}: '{value.GetString()}' is not a date-time");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        errors.Add($"{path}: missing required property '{name}'");
                    }
                }
            }

            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (value.TryGetProperty(property.Name, out var child))
                    {
                        Check(child, property.Value, $"{path}.{property.Name}", errors, depth + 1);
                    }
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{index++}]", errors, depth + 1);
            }
        }
    }

    private bool AnyAlternativeAccepts(JsonElement value, JsonElement schema, string path, int depth)
    {
        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(keyword, out var alternatives)
                && alternatives.EnumerateArray().Any(a => { var e = new List<string>(); Check(value, a, path, e, depth + 1); return e.Count == 0; }))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TypeMatches(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };
}
