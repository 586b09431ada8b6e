using System.Net;
using System.Security.Cryptography;
using System.Text;
using Elections.Sandbox.State;
using Microsoft.AspNetCore.Http;

namespace Elections.Sandbox.Admin;

/// <summary>
/// Who may use the admin API (<c>/_sandbox/...</c>): loopback callers always; callers beyond loopback
/// only with <c>Authorization: Bearer &lt;admin token&gt;</c> when an admin token is configured.
/// A wrong token is refused from anywhere. See docs/sandbox.md, "Who may call the admin API".
/// </summary>
internal sealed class AdminGuard(string? adminToken) : IEndpointFilter
{
    private readonly byte[]? _token = string.IsNullOrEmpty(adminToken) ? null : Encoding.UTF8.GetBytes(adminToken);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Check(context.HttpContext);
        return next(context);
    }

    /// <summary>Throws a 401 or 403 answer when the caller may not use the admin API.</summary>
    public void Check(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (_token is not null && header.Length > 0)
        {
            var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()) : [];
            if (!CryptographicOperations.FixedTimeEquals(presented, _token))
            {
                throw new SandboxApiException(401, "Bad admin token: send Authorization: Bearer <the SANDBOX_ADMIN_TOKEN the Sandbox was started with>");
            }

            return;
        }

        if (IsLoopback(context.Connection.RemoteIpAddress))
        {
            return;
        }

        throw new SandboxApiException(403, _token is null
            ? "The Sandbox admin API answers only loopback callers; start the Sandbox with SANDBOX_ADMIN_TOKEN set and send it as Authorization: Bearer <token> (docs/sandbox.md)"
            : "The Sandbox admin API needs Authorization: Bearer <SANDBOX_ADMIN_TOKEN> from callers beyond loopback (docs/sandbox.md)");
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
