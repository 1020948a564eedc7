using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Tests.Outbound;

/// <summary>An in-memory Connector for lane tests: records calls with the fake time, fails or blocks on demand.</summary>
internal sealed class ScriptedConnector(TimeProvider time) : IConnectorClient
{
    private readonly Lock _gate = new();
    private readonly List<ConnectorCall> _calls = [];
    private int _nextId;

    /// <summary>Decides per call: an exception to throw, or null to succeed.</summary>
    public Func<ConnectorCall, Exception?> Fail { get; set; } = _ => null;

    /// <summary>Awaited before a call answers (to hold one conversation back).</summary>
    public Func<ConnectorCall, Task> Hold { get; set; } = _ => Task.CompletedTask;

    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(new ConnectorCall("send", conversationId, null, activity.Text, time.GetUtcNow()));

    public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(new ConnectorCall("reply", conversationId, replyToId, activity.Text, time.GetUtcNow()));

    public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(new ConnectorCall("update", conversationId, activityId, activity.Text, time.GetUtcNow()));

    public Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult<ChannelAccount?>(null);

    public Task<string> CreatePersonalConversationAsync(string serviceUrl, string tenantId, ChannelAccount bot, ChannelAccount user, CancellationToken cancellationToken) =>
        Task.FromResult("a:personal");

    public Task<MeetingParticipant?> GetMeetingParticipantAsync(string serviceUrl, string meetingId, string participantAadId, string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<MeetingParticipant?>(null);

    public Task<MeetingInfo?> GetMeetingInfoAsync(string serviceUrl, string meetingId, CancellationToken cancellationToken) =>
        Task.FromResult<MeetingInfo?>(null);

    private async Task<ResourceResponse> CallAsync(ConnectorCall call)
    {
        lock (_gate)
        {
            _calls.Add(call);
        }

        await Hold(call);
        if (Fail(call) is { } error)
        {
            throw error;
        }

        return new ResourceResponse { Id = "m" + Interlocked.Increment(ref _nextId) };
    }
}
