using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

public sealed partial class SandboxState
{
    // ---- seeding -----------------------------------------------------------------------------

    /// <summary>Adds an organization (its account is a user of type Organization).</summary>
    public SandboxOrganization AddOrganization(string login, long? id = null)
    {
        var account = AddUser(login, "Organization", id: id);
        lock (_gate)
        {
            var org = new SandboxOrganization { Account = account };
            _orgs[login] = org;
            return org;
        }
    }

    /// <summary>Makes a user a member (as if they had accepted an invitation long ago; no webhook).</summary>
    public void SeedMember(string organization, string login, string role = "member")
    {
        lock (_gate)
        {
            RequireOrg(organization).Members[RequireUser(login).Id] = role;
        }
    }

    /// <summary>Adds a team.</summary>
    public SandboxTeam AddTeam(string organization, string slug, string? name = null)
    {
        lock (_gate)
        {
            var org = RequireOrg(organization);
            if (org.Teams.ContainsKey(slug))
            {
                throw new SandboxApiException(422, $"team {slug} exists", "already_exists", "slug", "Team");
            }

            var team = new SandboxTeam { Id = NextId(), Slug = slug, Name = name ?? slug, CreatedAt = Now };
            org.Teams[slug] = team;
            return team;
        }
    }

    /// <summary>Makes an organization member an active team member (no webhook).</summary>
    public void SeedTeamMember(string organization, string slug, string login, string role = "member")
    {
        lock (_gate)
        {
            var org = RequireOrg(organization);
            var user = RequireUser(login);
            if (!org.Members.ContainsKey(user.Id))
            {
                org.Members[user.Id] = "member";
            }

            RequireTeam(org, slug).Members[user.Id] = role;
        }
    }

    /// <summary>Blocks a user from the organization.</summary>
    public void Block(string organization, string login)
    {
        lock (_gate)
        {
            RequireOrg(organization).Blocked.Add(RequireUser(login).Id);
        }
    }

    /// <summary>The invitee accepts their pending invitation: member of the org and its teams; webhooks follow.</summary>
    public void AcceptInvitation(string organization, string login)
    {
        lock (_gate)
        {
            ExpireInvitations();
            var org = RequireOrg(organization);
            var user = RequireUser(login);
            var invitation = org.Invitations.FirstOrDefault(i => i.InviteeId == user.Id && i.IsPending)
                ?? throw new SandboxApiException(404, $"{login} has no pending invitation to {organization}");
            invitation.Accepted = true;
            org.Members[user.Id] = invitation.Role == "admin" ? "admin" : "member";
            Emit("organization", "member_added", user, null, org, new JsonObject
            {
                ["membership"] = Shapes.OrgMembership(org, user, "active", org.Members[user.Id]),
            });
            foreach (var team in org.Teams.Values.Where(t => invitation.TeamIds.Contains(t.Id)))
            {
                team.Members[user.Id] = "member";
                EmitMembership("added", org, team, user, Bot);
            }
        }
    }

    // ---- REST: organization membership, invitations, blocks -----------------------------------

    public JsonObject GetOrgMembership(string organization, string login)
    {
        lock (_gate)
        {
            ExpireInvitations();
            var org = RequireOrgOr404(organization);
            var user = FindUser(login) ?? throw SandboxApiException.NotFound();
            if (org.Members.TryGetValue(user.Id, out var role))
            {
                return Shapes.OrgMembership(org, user, "active", role);
            }

            var pending = org.Invitations.FirstOrDefault(i => i.InviteeId == user.Id && i.IsPending);
            return pending is not null
                ? Shapes.OrgMembership(org, user, "pending", pending.Role == "admin" ? "admin" : "member")
                : throw SandboxApiException.NotFound();
        }
    }

    public JsonArray ListOrgMembers(string organization)
    {
        lock (_gate)
        {
            var org = RequireOrgOr404(organization);
            return [.. org.Members.Keys.Order().Select(id => (JsonNode)Shapes.User(_users[id]))];
        }
    }

    public JsonArray ListInvitations(string organization, bool failed)
    {
        lock (_gate)
        {
            ExpireInvitations();
            var org = RequireOrgOr404(organization);
            return [.. org.Invitations
                .Where(i => failed ? i.FailedAt is not null : i.IsPending)
                .Select(i => (JsonNode)Shapes.Invitation(org, i, _users[i.InviteeId], _users[i.InviterId]))];
        }
    }

    public JsonObject CreateInvitation(string organization, long inviteeId, string role, IReadOnlyList<long> teamIds)
    {
        lock (_gate)
        {
            ExpireInvitations();
            var org = RequireOrgOr404(organization);
            if (!_users.TryGetValue(inviteeId, out var user) || user.Deleted || user.Type != "User")
            {
                throw new SandboxApiException(422, "Validation Failed", "invalid", "invitee_id", "OrganizationInvitation");
            }

            if (org.Members.ContainsKey(user.Id))
            {
                throw new SandboxApiException(422, "Validation Failed", "already_exists", "invitee_id", "OrganizationInvitation");
            }

            if (org.Blocked.Contains(user.Id))
            {
                throw new SandboxApiException(422, "Validation Failed", "blocked", "invitee_id", "OrganizationInvitation");
            }

            if (org.Invitations.Any(i => i.InviteeId == user.Id && i.IsPending))
            {
                throw new SandboxApiException(422, "Validation Failed", "already_invited", "invitee_id", "OrganizationInvitation");
            }

            var invitation = NewInvitation(org, user, role);
            invitation.TeamIds.AddRange(teamIds.Where(id => org.Teams.Values.Any(t => t.Id == id)));
            return Shapes.Invitation(org, invitation, user, Bot);
        }
    }

    public void CancelInvitation(string organization, long invitationId)
    {
        lock (_gate)
        {
            ExpireInvitations();
            var org = RequireOrgOr404(organization);
            var invitation = org.Invitations.FirstOrDefault(i => i.Id == invitationId && i.IsPending) ?? throw SandboxApiException.NotFound();
            invitation.Cancelled = true;
        }
    }

    public void CheckBlocked(string organization, string login)
    {
        lock (_gate)
        {
            var org = RequireOrgOr404(organization);
            var user = FindUser(login) ?? throw SandboxApiException.NotFound();
            if (!org.Blocked.Contains(user.Id))
            {
                throw new SandboxApiException(404, "User is not blocked");
            }
        }
    }

    public JsonArray ListBlocked(string organization)
    {
        lock (_gate)
        {
            var org = RequireOrgOr404(organization);
            return [.. org.Blocked.Order().Select(id => (JsonNode)Shapes.User(_users[id]))];
        }
    }

    // ---- REST: teams -------------------------------------------------------------------------

    public JsonObject GetTeam(string organization, string slug)
    {
        lock (_gate)
        {
            var org = RequireOrgOr404(organization);
            return Shapes.TeamFull(org, org.Teams.GetValueOrDefault(slug) ?? throw SandboxApiException.NotFound());
        }
    }

    public JsonArray ListTeamMembers(string organization, string slug, string role)
    {
        lock (_gate)
        {
            var org = RequireOrgOr404(organization);
            var team = org.Teams.GetValueOrDefault(slug) ?? throw SandboxApiException.NotFound();
            return [.. team.Members
                .Where(m => role == "all" || m.Value == role)
                .OrderBy(m => m.Key)
                .Select(m => (JsonNode)Shapes.User(_users[m.Key]))];
        }
    }

    public JsonArray ListTeamInvitations(string organization, string slug)
    {
        lock (_gate)
        {
            ExpireInvitations();
            var org = RequireOrgOr404(organization);
            var team = org.Teams.GetValueOrDefault(slug) ?? throw SandboxApiException.NotFound();
            return [.. org.Invitations
                .Where(i => i.IsPending && i.TeamIds.Contains(team.Id))
                .Select(i => (JsonNode)Shapes.Invitation(org, i, _users[i.InviteeId], _users[i.InviterId]))];
        }
    }

    public JsonObject GetTeamMembership(string organization, string slug, string login)
    {
        lock (_gate)
        {
            ExpireInvitations();
            var org = RequireOrgOr404(organization);
            var team = org.Teams.GetValueOrDefault(slug) ?? throw SandboxApiException.NotFound();
            var user = FindUser(login) ?? throw SandboxApiException.NotFound();
            if (team.Members.TryGetValue(user.Id, out var role))
            {
                return Shapes.TeamMembership(org, team, user, "active", role);
            }

            return org.Invitations.Any(i => i.InviteeId == user.Id && i.IsPending && i.TeamIds.Contains(team.Id))
                ? Shapes.TeamMembership(org, team, user, "pending", "member")
                : throw SandboxApiException.NotFound();
        }
    }

    /// <summary>Adds a member; a user outside the organization is invited and the membership is pending.</summary>
    public JsonObject AddTeamMembership(string organization, string slug, string login, string role)
    {
        lock (_gate)
        {
            ExpireInvitations();
            var org = RequireOrgOr404(organization);
            var team = org.Teams.GetValueOrDefault(slug) ?? throw SandboxApiException.NotFound();
            var user = FindUser(login) ?? throw new SandboxApiException(404, "Not Found");
            if (org.Blocked.Contains(user.Id))
            {
                throw new SandboxApiException(422, "Validation Failed", "blocked", "username", "TeamMember");
            }

            if (org.Members.ContainsKey(user.Id))
            {
                var added = !team.Members.ContainsKey(user.Id);
                team.Members[user.Id] = role;
                if (added)
                {
                    EmitMembership("added", org, team, user, Bot);
                }

                return Shapes.TeamMembership(org, team, user, "active", role);
            }

            var invitation = org.Invitations.FirstOrDefault(i => i.InviteeId == user.Id && i.IsPending) ?? NewInvitation(org, user, "direct_member");
            if (!invitation.TeamIds.Contains(team.Id))
            {
                invitation.TeamIds.Add(team.Id);
            }

            return Shapes.TeamMembership(org, team, user, "pending", role);
        }
    }

    public void RemoveTeamMembership(string organization, string slug, string login)
    {
        lock (_gate)
        {
            var org = RequireOrgOr404(organization);
            var team = org.Teams.GetValueOrDefault(slug) ?? throw SandboxApiException.NotFound();
            var user = FindUser(login) ?? throw SandboxApiException.NotFound();
            if (team.Members.Remove(user.Id))
            {
                EmitMembership("removed", org, team, user, Bot);
                return;
            }

            foreach (var invitation in org.Invitations.Where(i => i.InviteeId == user.Id && i.IsPending))
            {
                invitation.TeamIds.Remove(team.Id);
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private SandboxInvitation NewInvitation(SandboxOrganization org, SandboxUser user, string role)
    {
        var invitation = new SandboxInvitation
        {
            Id = NextId(),
            InviteeId = user.Id,
            Role = role,
            InviterId = Bot.Id,
            CreatedAt = Now,
            ExpiresAt = Now + InvitationLifetime,
        };
        org.Invitations.Add(invitation);
        Emit("organization", "member_invited", Bot, null, org, new JsonObject
        {
            ["invitation"] = Shapes.Invitation(org, invitation, user, Bot),
            ["user"] = Shapes.User(user),
        });
        return invitation;
    }

    private void ExpireInvitations()
    {
        foreach (var org in _orgs.Values)
        {
            foreach (var invitation in org.Invitations.Where(i => i.IsPending && i.ExpiresAt <= Now))
            {
                invitation.FailedAt = invitation.ExpiresAt;
                invitation.FailedReason = "Invitation expired";
            }
        }
    }

    private void EmitMembership(string action, SandboxOrganization org, SandboxTeam team, SandboxUser member, SandboxUser sender) =>
        Emit("membership", action, sender, null, org, new JsonObject
        {
            ["scope"] = "team",
            ["member"] = Shapes.User(member),
            ["team"] = Shapes.TeamSimple(org, team),
        });

    private SandboxOrganization RequireOrg(string login) =>
        _orgs.GetValueOrDefault(login) ?? throw new SandboxApiException(404, $"no organization {login}; seed it first (POST /_sandbox/orgs)");

    private SandboxOrganization RequireOrgOr404(string login) => _orgs.GetValueOrDefault(login) ?? throw SandboxApiException.NotFound();

    private static SandboxTeam RequireTeam(SandboxOrganization org, string slug) =>
        org.Teams.GetValueOrDefault(slug) ?? throw new SandboxApiException(404, $"no team {slug} in {org.Account.Login}");
}
