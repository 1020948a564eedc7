using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Turns;

/// <summary>
/// Issue 15's reproductions, as Teams behaves: the same activity delivered several times at once, after a failed
/// send, with the Connector stalled, and after a restart — each applies once, and what it decided is sent once.
/// </summary>
public sealed class ExactlyOnceTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Outbound:BaseDelay"] = "00:00:00.020",
        ["Outbound:MaxDelay"] = "00:00:00.100",
    };

    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _host = await BotTestHost.StartAsync(_connector, settings: FastRetries);
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task The_same_next_delivered_three_times_at_once_moves_the_agenda_once()
    {
        var next = _teams.Mention(Teams.Chair, "next");

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _host.PostAsync(next.DeepClone())));
        await _host.SettleAsync();

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1, (await DialogueAsync()).CurrentItemIndex);
        Assert.Single(Texts(), t => t.StartsWith("**Now:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_ack_delivered_three_times_at_once_calls_one_speaker()
    {
        foreach (var name in new[] { "Ana", "Ben", "Chen" })
        {
            await _host.SendAsync(_teams.Mention(Teams.Chair, "q+ " + name));
        }

        var ack = _teams.Mention(Teams.Chair, "ack");
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _host.PostAsync(ack.DeepClone())));
        await _host.SettleAsync();

        var list = await ListAsync();
        Assert.Equal("Ana", list.Current!.Speaker.Name);
        Assert.Equal(["Ben", "Chen"], list.Queue.Select(o => o.Entry.Speaker.Name));
        Assert.Single(Texts(), t => t.Contains("the floor is yours", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_turn_answers_while_the_connector_is_stalled_and_what_it_decided_arrives_once_when_it_is_back()
    {
        var next = _teams.Mention(Teams.Chair, "next");
        HttpResponseMessage first, again;
        using (_connector.Stall())
        {
            // Neither answer may wait for Teams: both come back while every send is held.
            first = await _host.PostAsync(next.DeepClone()).WaitAsync(TimeSpan.FromSeconds(20));
            again = await _host.PostAsync(next.DeepClone()).WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(1, (await DialogueAsync()).CurrentItemIndex);
            Assert.Empty(Texts());
        }

        await _host.SettleAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await DialogueAsync()).CurrentItemIndex);
        Assert.Single(Texts(), t => t.StartsWith("**Now: II.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_500_on_the_announcement_neither_fails_the_turn_nor_moves_the_agenda_twice_when_teams_redelivers()
    {
        _connector.FailNext(3, HttpStatusCode.InternalServerError);
        var next = _teams.Mention(Teams.Chair, "next");

        var answer = await _host.PostAsync(next.DeepClone());
        var redelivered = await _host.PostAsync(next.DeepClone());
        await _host.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(1, (await DialogueAsync()).CurrentItemIndex);
        Assert.Equal(3, _connector.Requests.Count(r => r.Status == 500));
        Assert.Single(Texts(), t => t.StartsWith("**Now: II.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_was_decided_before_a_restart_is_sent_by_the_next_instance_and_a_redelivery_changes_nothing()
    {
        var next = _teams.Mention(Teams.Chair, "next");
        using (_connector.Stall())
        {
            (await _host.PostAsync(next.DeepClone())).EnsureSuccessStatusCode();
            await _host.DisposeAsync();

            // The stopped instance's send in flight must have been cut off, not merely be waiting: had Teams taken it
            // before the instance stopped, the next one could not know and would send it again (at least once, there).
            // Seeing the abort can take the fake Connector's server seconds on a loaded machine: wait for it, up to 30 s.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (_connector.Stalled > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10));
            }

            Assert.Equal(0, _connector.Stalled);
        }

        Assert.Empty(Texts());
        _host = await BotTestHost.StartAsync(_connector, _host.DatabasePath, FastRetries);
        (await _host.PostAsync(next.DeepClone())).EnsureSuccessStatusCode();
        await _connector.WaitForAsync(r => r.Route == "send" && (r.Body?["text"]?.GetValue<string>() ?? "").StartsWith("**Now:", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await _host.SettleAsync();

        Assert.Equal(1, (await DialogueAsync()).CurrentItemIndex);
        Assert.Single(Texts(), t => t.StartsWith("**Now: II.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redelivered_invoke_gets_the_first_answer_again_without_being_applied_again()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "agenda"));
        var press = _teams.Execute(Teams.Chair, "agenda.next");

        var first = await (await _host.SendAsync(press.DeepClone())).Content.ReadAsStringAsync();
        var again = await (await _host.SendAsync(press.DeepClone())).Content.ReadAsStringAsync();

        Assert.Equal(first, again);
        Assert.Contains("II. Briefing", WireCards.CurrentItemText(JsonNode.Parse(first)!["value"]!), StringComparison.Ordinal);
        Assert.Equal(1, (await DialogueAsync()).CurrentItemIndex);
    }

    [Fact]
    public async Task A_message_teams_refuses_is_dropped_and_the_chair_who_caused_it_is_told_privately()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "q+ Ana"));
        _connector.FailNext(1, HttpStatusCode.BadRequest, body => (body?["text"]?.GetValue<string>() ?? "").Contains("the floor is yours", StringComparison.Ordinal));

        await _host.SendAsync(_teams.Mention(Teams.Chair, "ack"));
        await _host.SettleAsync();

        Assert.DoesNotContain(Texts(), t => t.Contains("the floor is yours", StringComparison.Ordinal));
        var note = Assert.Single(_connector.Requests, r => r.Route == "send" && r.ConversationId != _teams.ConversationId);
        Assert.Contains("could not be delivered", note.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("29:" + Teams.Chair.AadObjectId, Assert.Single(_connector.Requests, r => r.Route == "create").Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Ana", (await ListAsync()).Current!.Speaker.Name);
    }

    [Fact]
    public async Task The_chair_is_told_of_a_dropped_message_in_the_dialogue_s_language()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "language es"));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "q+ Ana"));
        _connector.FailNext(1, HttpStatusCode.BadRequest, body => (body?["text"]?.GetValue<string>() ?? "").Contains("tiene la palabra", StringComparison.Ordinal));

        await _host.SendAsync(_teams.Mention(Teams.Chair, "ack"));
        await _host.SettleAsync();

        var note = Assert.Single(_connector.Requests, r => r.Route == "send" && r.ConversationId != _teams.ConversationId);
        Assert.StartsWith("No se pudo entregar uno de mis mensajes en el chat de la reunión (", note.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_organisation_is_refused_and_changes_nothing()
    {
        await _host.SendAsync(_teams.Mention(Teams.Participant, "profile org " + new string('x', 100_000)));
        await _host.SendAsync(_teams.Mention(Teams.Participant, "q+ org " + new string('y', 101)));

        Assert.Equal(2, Texts().Count(t => t.Contains("at most 100 characters", StringComparison.Ordinal)));
        Assert.Null(await _host.Services.GetRequiredService<IParticipantProfileStore>()
            .FindAsync(_teams.ConversationId, new ParticipantId(Teams.Participant.AadObjectId), CancellationToken.None));
        Assert.Null(await _host.Services.GetRequiredService<ISpeakersListStore>().FindAsync(_teams.ConversationId, AgendaPosition.Item(0), CancellationToken.None));
    }

    private IEnumerable<string> Texts() =>
        _connector.Sent.Where(a => a["conversation"]?["id"]?.GetValue<string>() == _teams.ConversationId).Select(a => a["text"]?.GetValue<string>() ?? "");

    private async Task<Dialogue> DialogueAsync() =>
        await _host.Services.GetRequiredService<IDialogueStore>().FindAsync(_teams.ConversationId, CancellationToken.None)
        ?? throw new InvalidOperationException("No dialogue stored.");

    private async Task<SpeakersList> ListAsync() =>
        await _host.Services.GetRequiredService<ISpeakersListStore>().FindAsync(_teams.ConversationId, AgendaPosition.Item(0), CancellationToken.None)
        ?? throw new InvalidOperationException("No list stored.");
}
