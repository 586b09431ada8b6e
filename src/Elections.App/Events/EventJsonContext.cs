using System.Text.Json.Serialization;

namespace Elections.App.Events;

/// <summary>Source-generated (de)serialization for the typed payloads: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(PullRequestEvent))]
[JsonSerializable(typeof(PullRequestReviewEvent))]
[JsonSerializable(typeof(IssueCommentEvent))]
[JsonSerializable(typeof(IssuesEvent))]
[JsonSerializable(typeof(PushEvent))]
[JsonSerializable(typeof(WorkflowDispatchEvent))]
[JsonSerializable(typeof(ScheduleEvent))]
[JsonSerializable(typeof(InstallationEvent))]
[JsonSerializable(typeof(MembershipEvent))]
[JsonSerializable(typeof(OrganizationEvent))]
internal sealed partial class EventJsonContext : JsonSerializerContext;
