using System.Text;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Storage;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>
/// Runs the pure parts of a vote once before the host listens: reading an Action.Execute invoke, parsing the answer,
/// the voter's key, the voter's view and the shared card rendered and written as JSON; and the speakers' list's JSON
/// as the store writes and reads it on every `q+` (<see cref="StorageWarmUp"/>); and the outbox's send pipeline over
/// a call that sends nothing (<see cref="OutboxSending.WarmUpAsync"/>).
/// </summary>
/// <remarks>
/// A method is compiled at its first call; without this, a meeting's first vote storm after a start paid for compiling
/// the vote's card and JSON code in its first requests, while they queued behind each other (issue 17: the cold storm's
/// p99). Nothing here reads or writes a store, sends anything or logs: it works on a poll
/// made up in memory and drops every result.
/// </remarks>
public static class HotPathWarmUp
{
    private static readonly byte[] Invoke = Encoding.UTF8.GetBytes("""
        {"type":"invoke","name":"adaptiveCard/action","id":"f:warm-up","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
         "timestamp":"2026-01-01T10:00:00.000Z","localTimestamp":"2026-01-01T11:00:00.000+01:00","locale":"en-GB","replyToId":"1700000000000",
         "from":{"id":"29:warm-up","name":"Warm Up","aadObjectId":"00000000-0000-0000-0000-000000000001"},
         "recipient":{"id":"28:warm-up","name":"Bot"},
         "conversation":{"id":"19:warm-up@thread.v2","conversationType":"groupChat","tenantId":"00000000-0000-0000-0000-000000000002"},
         "channelData":{"tenant":{"id":"00000000-0000-0000-0000-000000000002"},"source":{"name":"message"},"legacy":{"replyToId":"x"}},
         "entities":[{"type":"clientInfo","locale":"en-GB","country":"GB","platform":"Web","timezone":"Europe/London"}],
         "value":{"action":{"type":"Action.Execute","verb":"poll.vote","data":{"verb":"poll.vote","pollId":"p1","choice":"b"}},"trigger":"manual"}}
        """);

    public static async Task WarmUpHotPathsAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var activity = ProtocolJson.ParseActivity(Invoke) ?? throw new InvalidOperationException("The warm-up activity did not parse.");
        var request = TurnRequest.Read(activity);
        var now = DateTimeOffset.UtcNow;
        var poll = Poll.AdHoc(PollId.Next(1), new PollSpec("Warm-up", PollKind.SingleChoice, ["Yes", "No", "Abstain"]), null, "warm-up", now).Value!;
        var inputs = request.Action?.Inputs ?? new Dictionary<string, string?>();
        _ = AnswerParser.ReadPollId(inputs);
        var voter = VoterKey.For(poll, activity.From!.AadObjectId!, new byte[32]);
        var answer = AnswerParser.Parse(poll, inputs, voter, now).Value!;
        var tally = PollTally.FromGroups(poll, [new AnswerGroup(answer.Choices, null, null, 1, now)]);
        _ = InvokeResponses.From(CardActionResult.Show(PollCard.RenderForVoter(poll, tally, answer)));
        _ = InvokeResponses.From(CardActionResult.Show(PollCard.RenderError(poll, tally, "Warm-up.")));
        var card = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = CardJson.ToElement(PollCard.Render(poll, tally)) }],
        };
        _ = ProtocolJson.Serialize(card);
        StorageWarmUp.Run();
        await app.Services.GetRequiredService<OutboxSending>().WarmUpAsync(CancellationToken.None);
    }
}
