using System.Globalization;
using System.Security.Cryptography;
using Elections.Sandbox.Faults;
using Elections.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Elections.Sandbox.Rest;

/// <summary>
/// Wraps every REST call like GitHub's edge: X-GitHub-Request-Id and rate-limit headers, the request
/// log, injected faults, authentication (a person token makes the call act as that person), ETags (If-None-Match → 304) and error bodies.
/// </summary>
internal sealed class SandboxMiddleware(RequestDelegate next, SandboxState state, FaultInjector faults, List<SandboxRequest> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith("/_sandbox", StringComparison.Ordinal) || path == "/healthz")
        {
            await RunAsync(context).ConfigureAwait(false);
            return;
        }

        var entry = new SandboxRequest
        {
            Method = context.Request.Method,
            Path = path,
            Query = context.Request.QueryString.Value ?? "",
            DeliveryId = context.Request.Headers["X-GitHub-Delivery"].ToString(),
            RequestId = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
        };
        lock (log)
        {
            log.Add(entry);
        }

        var headers = context.Response.Headers;
        headers["X-GitHub-Request-Id"] = entry.RequestId;
        headers["x-ratelimit-limit"] = "5000";
        headers["x-ratelimit-remaining"] = "4999";
        headers["x-ratelimit-reset"] = (state.Now + TimeSpan.FromHours(1)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-resource"] = path == "/graphql" ? "graphql" : path.StartsWith("/search", StringComparison.Ordinal) ? "search" : "core";
        headers["X-GitHub-Api-Version-Selected"] = "2022-11-28";

        var faulted = faults.TryTake(context.Request.Method, path, out var fault);
        if (faulted)
        {
            entry.Fault = Describe(fault);
            if (fault.DelayMs > 0)
            {
                await Task.Delay(fault.DelayMs, context.RequestAborted).ConfigureAwait(false);
            }

            if (!fault.AfterProcessing && await AnswerFaultAsync(context, entry, fault).ConfigureAwait(false))
            {
                return;
            }
        }

        if (!Authenticate(context, path, out var problem, out var person))
        {
            entry.Status = 401;
            await WriteErrorAsync(context, new SandboxApiException(401, problem)).ConfigureAwait(false);
            return;
        }

        using var acting = SandboxState.ActAs(person);

        if (faulted && fault.AfterProcessing && (fault.Drop || fault.Status > 0))
        {
            await RunBufferedAsync(context, entry, processOnly: true).ConfigureAwait(false);
            await AnswerFaultAsync(context, entry, fault).ConfigureAwait(false);
            return;
        }

        await RunBufferedAsync(context, entry, processOnly: false).ConfigureAwait(false);
    }

    /// <summary>Drops the connection or writes the fault's status; false for a delay-only fault.</summary>
    private static async Task<bool> AnswerFaultAsync(HttpContext context, SandboxRequest entry, SandboxFault fault)
    {
        if (fault.Drop)
        {
            entry.Status = 0;
            context.Abort();
            return true;
        }

        if (fault.Status > 0)
        {
            await WriteFaultAsync(context, entry, fault).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    private static string Describe(SandboxFault fault) =>
        fault.Drop ? "drop" : fault.Status > 0 ? fault.Status.ToString(CultureInfo.InvariantCulture) : $"delay {fault.DelayMs} ms" + (fault.AfterProcessing ? " after processing" : "");

    private static async Task WriteErrorAsync(HttpContext context, SandboxApiException error)
    {
        context.Response.StatusCode = error.Status;
        context.Response.ContentLength = null;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(error.ToJson().ToJsonString()).ConfigureAwait(false);
    }

    private static async Task WriteFaultAsync(HttpContext context, SandboxRequest entry, SandboxFault fault)
    {
        entry.Status = fault.Status;
        var headers = context.Response.Headers;
        if (fault.RetryAfterSeconds is { } retryAfter)
        {
            headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        if (fault.RateLimitResetSeconds is { } reset)
        {
            headers["x-ratelimit-remaining"] = "0";
            headers["x-ratelimit-used"] = "5000";
            headers["x-ratelimit-reset"] = (DateTimeOffset.UtcNow + TimeSpan.FromSeconds(reset)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }

        var message = fault.Secondary
            ? "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."
            : fault.RateLimitResetSeconds is not null ? "API rate limit exceeded for installation."
            : fault.Status >= 500 ? "Server Error (injected by the Sandbox)" : "Injected fault";
        await WriteErrorAsync(context, new SandboxApiException(fault.Status, message)).ConfigureAwait(false);
    }

    /// <summary>Checks the credential; <paramref name="person"/> is the user a person token acts for (null: the bot).</summary>
    private bool Authenticate(HttpContext context, string path, out string problem, out SandboxUser? person)
    {
        problem = "Requires authentication";
        person = null;
        var header = context.Request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return false;
        }

        var credential = header[(space + 1)..].Trim();
        if (path.StartsWith("/app/", StringComparison.Ordinal))
        {
            var issuers = state.Options.AppIssuers.Count > 0 ? state.Options.AppIssuers : [state.Options.AppId.ToString(CultureInfo.InvariantCulture)];
            var jwtProblem = JwtCheck.Problem(credential, state.Options.AppKeyPem, issuers, state.Now);
            problem = jwtProblem ?? "";
            return jwtProblem is null;
        }

        problem = "Bad credentials";
        if (state.TryGetPerson(credential, out var user))
        {
            person = user;
            return true;
        }

        return state.AcceptsToken(credential);
    }

    private async Task RunBufferedAsync(HttpContext context, SandboxRequest entry, bool processOnly)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await RunAsync(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (processOnly)
        {
            // The change happened; the answer is about to be lost. Reset what the handler wrote.
            context.Response.Headers.Remove("ETag");
            context.Response.Headers.Link = default;
            return;
        }

        entry.Status = context.Response.StatusCode;
        var bytes = buffer.ToArray();
        if (state.Options.RecordResponses)
        {
            entry.ResponseBody = System.Text.Encoding.UTF8.GetString(bytes);
        }

        if (HttpMethods.IsGet(context.Request.Method) && context.Response.StatusCode == 200 && bytes.Length > 0)
        {
            var etag = "W/\"" + Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant()[..32] + "\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                entry.Status = 304;
                entry.NotModified = true;
                context.Response.StatusCode = 304;
                context.Response.ContentLength = null;
                return;
            }
        }

        // A 204 or 304 carries neither a body nor a Content-Length: given one, Kestrel closes the connection after
        // the answer, and a client that reuses it for its next (non-idempotent) request sees "response ended prematurely".
        if (context.Response.StatusCode is StatusCodes.Status204NoContent or StatusCodes.Status304NotModified)
        {
            context.Response.ContentLength = null;
            return;
        }

        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes).ConfigureAwait(false);
    }

    private async Task RunAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (SandboxApiException error)
        {
            if (context.Response.HasStarted)
            {
                throw;
            }

            await WriteErrorAsync(context, error).ConfigureAwait(false);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            await WriteErrorAsync(context, new SandboxApiException(400, "Problems parsing JSON")).ConfigureAwait(false);
        }
    }
}
