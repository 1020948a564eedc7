using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Fuzz;

/// <summary>
/// Ten thousand mutated activities and card payloads through HTTP: no 5xx (501 for an invoke nobody handles is the
/// protocol's answer), the process keeps serving, and the dialogue's state stays consistent and usable.
/// </summary>
public sealed class HostileActivityTests : ChairChatTests
{
    private const int Activities = 10_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> _statuses = new();

    [Fact]
    public async Task Ten_thousand_hostile_activities_get_no_5xx_and_leave_a_consistent_dialogue()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "poll \"Which format?\" \"Hybrid\" \"Online\""));
        var mutator = new ActivityMutator(seed: 20261202);
        JsonObject[] seeds =
        [
            Chat.Mention(Teams.Participant, "q+ to say hello"),
            Chat.Mention(Teams.Chair, "ack"),
            Chat.Execute(Teams.Participant, "poll.vote", new() { ["verb"] = "poll.vote", ["pollId"] = "p1", ["choice"] = "a" }),
            Chat.Execute(Teams.Chair, "queue.ack", new() { ["verb"] = "queue.ack", ["item"] = "0" }),
            Chat.Execute(Teams.Participant, "input.submit", new() { ["verb"] = "input.submit", ["title"] = "Helpline", ["description"] = "24 hours", ["item"] = "2", ["attribution"] = "Named" }),
            Chat.Activity("event", Teams.Chair, new() { ["name"] = "application/vnd.microsoft.meetingStart", ["value"] = new JsonObject { ["Id"] = "m1" } }),
            Chat.Activity("conversationUpdate", Teams.Chair, new() { ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Teams.BotId }) }),
        ];

        var failures = new List<string>();
        var batch = new List<Task>();
        for (var i = 0; i < Activities; i++)
        {
            var activity = mutator.Mutate(seeds[i % seeds.Length]);
            batch.Add(PostAsync(activity, failures, i));
            if (batch.Count == 32)
            {
                await Task.WhenAll(batch);
                batch.Clear();
            }
        }

        await Task.WhenAll(batch);
        Assert.Empty(failures);

        // The mutations really reached both the refusals and the handlers.
        Assert.True(_statuses.GetValueOrDefault(400) > 100, "few activities were refused as malformed: " + string.Join(", ", _statuses));
        Assert.True(_statuses.GetValueOrDefault(200) > 1_000, "few activities got through to the handlers: " + string.Join(", ", _statuses));

        // Still serving, and what is stored still reads. (The thousands of replies the junk earned leave the outbox at
        // Teams' pace, minutes of them: what matters here is that the decisions were taken and stored.)
        (await BotHost.PostAsync(Chat.Mention(Teams.Chair, "goto II"))).EnsureSuccessStatusCode();
        (await BotHost.PostAsync(Chat.Mention(Teams.Participant, "q+"))).EnsureSuccessStatusCode();
        var dialogue = await BotHost.Services.GetRequiredService<IDialogueStore>().FindAsync(Chat.ConversationId, CancellationToken.None);
        Assert.Equal(1, dialogue!.CurrentItemIndex);
        var current = await BotHost.Services.GetRequiredService<ISpeakersListStore>().FindAsync(Chat.ConversationId, AgendaPosition.Item(1), CancellationToken.None);
        Assert.Contains(current!.Queue, o => o.Entry.Speaker.Id == new ParticipantId(Teams.Participant.AadObjectId));
        foreach (var list in await BotHost.Services.GetRequiredService<ISpeakersListStore>().ListAsync(Chat.ConversationId, CancellationToken.None))
        {
            Assert.True(list.Queue.Select(o => o.Entry.Speaker.Id).Distinct().Count() == list.Queue.Count, "someone is queued twice");
            Assert.True(list.Entries.Count(e => e.State == EntryState.Speaking) <= 1, "two speakers at once");
            Assert.All(list.Entries, e => Assert.InRange(e.Speaker.Organisation?.Length ?? 0, 0, SpeakerLimits.Organisation));
        }

    }

    private async Task PostAsync(JsonObject activity, List<string> failures, int index)
    {
        using var response = await BotHost.PostRawAsync(activity.ToJsonString());
        _statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        if ((int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.NotImplemented)
        {
            var body = await response.Content.ReadAsStringAsync();
            lock (failures)
            {
                failures.Add($"#{index} → {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]} for {activity.ToJsonString()[..Math.Min(activity.ToJsonString().Length, 300)]}");
            }
        }
    }
}
