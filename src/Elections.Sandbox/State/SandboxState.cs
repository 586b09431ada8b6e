using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Elections.Sandbox.Webhooks;

namespace Elections.Sandbox.State;

/// <summary>
/// The emulated GitHub's state and rules: organizations, users, teams, invitations, repositories,
/// issues, pull requests and check runs. Every public method takes the lock; every change emits the
/// webhooks GitHub would send, in order. REST answers are rendered here (under the lock) with <see cref="Shapes"/>.
/// </summary>
public sealed partial class SandboxState
{
    /// <summary>GitHub's stand-in for deleted accounts.</summary>
    public static readonly SandboxUser GhostUser = new() { Id = 10137, Login = "ghost", CreatedAt = new DateTimeOffset(2011, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    /// <summary>GitHub invitations expire after seven days.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<long, SandboxUser> _users = [];
    private readonly Dictionary<string, SandboxOrganization> _orgs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SandboxRepository> _repos = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (long InstallationId, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);
    private Action<WebhookEvent> _emit = _ => { };
    private TimeSpan _offset;
    private long _nextId = 1_000_000;
    private long _nextUserId = 50_000;
    private long _commitCounter;

    public SandboxState(SandboxServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _time = options.Time ?? TimeProvider.System;
        Bot = new SandboxUser { Id = options.BotUserId, Login = options.AppSlug + "[bot]", Type = "Bot", CreatedAt = Now };
        _users[Bot.Id] = Bot;
        Shapes = new Shapes("http://127.0.0.1");
    }

    public SandboxServerOptions Options { get; }

    /// <summary>The App's bot account: the actor of every REST mutation.</summary>
    public SandboxUser Bot { get; }

    public Shapes Shapes { get; private set; }

    /// <summary>The Sandbox clock: the injected TimeProvider plus any <see cref="AdvanceClock"/>.</summary>
    public DateTimeOffset Now => _time.GetUtcNow() + _offset;

    internal void SetBaseUrl(string baseUrl) => Shapes = new Shapes(baseUrl);

    internal void OnWebhook(Action<WebhookEvent> emit) => _emit = emit;

    /// <summary>Runs <paramref name="action"/> under the state lock (for endpoint code that reads several things).</summary>
    public T Read<T>(Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate)
        {
            ExpireInvitations();
            return action();
        }
    }

    // ---- clock -------------------------------------------------------------------------------

    /// <summary>Moves the Sandbox clock forward (invitations expire, tokens age).</summary>
    public void AdvanceClock(TimeSpan by)
    {
        lock (_gate)
        {
            _offset += by;
            ExpireInvitations();
        }
    }

    // ---- installation tokens ------------------------------------------------------------------

    /// <summary>Mints an installation token valid for one hour.</summary>
    public JsonObject MintInstallationToken(long installationId)
    {
        lock (_gate)
        {
            if (installationId != Options.InstallationId)
            {
                throw SandboxApiException.NotFound();
            }

            var token = "ghs_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant();
            var expires = Now.AddHours(1);
            _tokens[token] = (installationId, expires);
            return new JsonObject
            {
                ["token"] = token,
                ["expires_at"] = Shapes.Time(expires),
                ["permissions"] = new JsonObject { ["members"] = "write", ["contents"] = "write", ["issues"] = "write", ["pull_requests"] = "write", ["checks"] = "write" },
                ["repository_selection"] = "all",
            };
        }
    }

    /// <summary>True when the token may call the REST API (minted and unexpired, or any token unless strict).</summary>
    public bool AcceptsToken(string token)
    {
        lock (_gate)
        {
            if (_tokens.TryGetValue(token, out var minted))
            {
                return minted.ExpiresAt > Now;
            }

            return !Options.StrictTokens || Options.StaticTokens.Contains(token);
        }
    }

    /// <summary>Revokes every minted installation token (their next use answers 401).</summary>
    public void RevokeTokens()
    {
        lock (_gate)
        {
            foreach (var token in _tokens.Keys.ToList())
            {
                _tokens[token] = (_tokens[token].InstallationId, DateTimeOffset.MinValue);
            }
        }
    }

    /// <summary>How many installation tokens were minted.</summary>
    public int MintedTokenCount
    {
        get
        {
            lock (_gate)
            {
                return _tokens.Count;
            }
        }
    }

    // ---- users -------------------------------------------------------------------------------

    /// <summary>Adds a user (or bot) account; returns it as simple-user JSON.</summary>
    public SandboxUser AddUser(string login, string type = "User", string? name = null, string? email = null, long? id = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(login);
        lock (_gate)
        {
            if (FindUser(login) is not null)
            {
                throw new SandboxApiException(422, $"user {login} already exists", "already_exists", "login", "User");
            }

            var user = new SandboxUser { Id = id ?? ++_nextUserId, Login = login, Type = type, Name = name, Email = email, CreatedAt = Now };
            if (_users.ContainsKey(user.Id))
            {
                throw new SandboxApiException(422, $"user id {user.Id} already exists", "already_exists", "id", "User");
            }

            _users[user.Id] = user;
            return user;
        }
    }

    /// <summary>Deletes an account: lookups 404, its content shows the ghost user.</summary>
    public void DeleteUser(string login)
    {
        lock (_gate)
        {
            var user = RequireUser(login);
            user.Deleted = true;
            foreach (var org in _orgs.Values)
            {
                org.Members.Remove(user.Id);
                foreach (var team in org.Teams.Values)
                {
                    team.Members.Remove(user.Id);
                }
            }
        }
    }

    /// <summary>Renames an account (ids are stable, logins are not).</summary>
    public void RenameUser(string login, string newLogin)
    {
        lock (_gate)
        {
            if (FindUser(newLogin) is not null)
            {
                throw new SandboxApiException(422, $"login {newLogin} is taken");
            }

            RequireUser(login).Login = newLogin;
        }
    }

    public JsonObject GetUserById(long id)
    {
        lock (_gate)
        {
            return _users.TryGetValue(id, out var user) && !user.Deleted && user != GhostUser
                ? Shapes.PublicUser(user)
                : throw SandboxApiException.NotFound();
        }
    }

    public JsonObject GetUserByLogin(string login)
    {
        lock (_gate)
        {
            return Shapes.PublicUser(FindUser(login) ?? throw SandboxApiException.NotFound());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private SandboxUser? FindUser(string login) =>
        _users.Values.FirstOrDefault(u => !u.Deleted && string.Equals(u.Login, login, StringComparison.OrdinalIgnoreCase));

    private SandboxUser RequireUser(string login) =>
        FindUser(login) ?? throw new SandboxApiException(404, $"no user {login}; seed it first (POST /_sandbox/users)");

    private SandboxUser Actor(string? login) => login is null ? Bot : RequireUser(login);

    private long NextId() => ++_nextId;

    private JsonObject Installation() => new() { ["id"] = Options.InstallationId, ["node_id"] = Shapes.NodeId("IN", Options.InstallationId) };

    private void Emit(string name, string? action, SandboxUser sender, SandboxRepository? repo, SandboxOrganization? org, JsonObject body)
    {
        var payload = new JsonObject();
        if (action is not null)
        {
            payload["action"] = action;
        }

        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            payload[key] = value;
        }

        if (repo is not null)
        {
            payload["repository"] = Shapes.Repository(repo);
            org ??= _orgs.GetValueOrDefault(repo.Owner.Login);
        }

        if (org is not null)
        {
            payload["organization"] = Shapes.OrganizationSimple(org);
        }

        payload["sender"] = Shapes.User(sender);
        payload["installation"] = Installation();
        _emit(new WebhookEvent(name, payload));
    }

#pragma warning disable CA5350 // Git object ids are SHA-1 by definition; not used for security.
    private static string Sha1Hex(string text) => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    /// <summary>Git's blob id: sha1("blob {length}\0" + content).</summary>
    internal static string BlobSha(byte[] content)
    {
        var header = Encoding.ASCII.GetBytes($"blob {content.Length}\0");
        return Convert.ToHexString(SHA1.HashData([.. header, .. content])).ToLowerInvariant();
    }
#pragma warning restore CA5350
}
