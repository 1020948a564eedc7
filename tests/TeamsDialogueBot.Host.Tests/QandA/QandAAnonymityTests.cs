using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.QandA;

/// <summary>An anonymous question shows no name anywhere: the card (shared and chair views), the room display, the report's read API, the database.</summary>
public sealed class QandAAnonymityTests : IAsyncLifetime
{
    private static readonly TeamsUser Hidden = QandAHost.User(7, "Zora Quietly");
    private QandAHost _qa = null!;

    public async Task InitializeAsync() => _qa = await QandAHost.StartAsync(Hidden);

    public async Task DisposeAsync() => await _qa.DisposeAsync();

    [Fact]
    public async Task An_anonymous_question_from_the_form_or_the_chat_names_nobody_on_the_card_the_display_the_report_or_in_the_database()
    {
        await _qa.GoToPanelOneAsync();
        await _qa.SayAsync(Hidden, "profile org Secret Society");
        var fromForm = await _qa.AskByCardAsync(Hidden, "Who funds the return programmes?", to: "Li Wei", anonymous: true);
        await _qa.SayAsync(Hidden, "ask anonymous to Silva: and the shelters?");
        await _qa.SayAsync(Teams.Participant, "ask A named one?");
        await _qa.UpvoteAsync(Hidden, 3);

        Assert.Contains("without your name", WireCards.AllText(fromForm["value"]!), StringComparison.Ordinal);
        var shared = WireCards.AllText(await _qa.LastCardAsync());
        var chair = WireCards.AllText((await _qa.PressAsync(Teams.Chair, QandAVerbs.Refresh))["value"]!);
        var display = await _qa.Host.Services.GetRequiredService<DisplaySnapshots>().LoadAsync(_qa.Teams.ConversationId, CancellationToken.None);
        var report = await _qa.Host.Services.GetRequiredService<QandAReport>().QuestionsForReportAsync(_qa.Teams.ConversationId, CancellationToken.None);
        var stored = await BoardRowAsync();

        Assert.Contains("Who funds the return programmes?", shared, StringComparison.Ordinal);
        Assert.Contains("Anonymous · to Li Wei", shared, StringComparison.Ordinal);
        Assert.Contains("Anonymous · to Ana Maria Silva", shared, StringComparison.Ordinal);
        Assert.Contains("Remote Participant", shared, StringComparison.Ordinal);
        Assert.Equal([null, null, "Remote Participant"], display.Questions!.Top.OrderBy(q => q.Number).Select(q => q.AskedBy));
        Assert.Equal([null, null, "Remote Participant"], report.OrderBy(q => q.Number).Select(q => q.AskedBy));
        Assert.Equal(["Li Wei", "Ana Maria Silva", null], report.OrderBy(q => q.Number).Select(q => q.AddressedTo));
        foreach (var secret in new[] { Hidden.Name, "Zora", "Secret Society", Hidden.AadObjectId, "29:" + Hidden.AadObjectId })
        {
            Assert.DoesNotContain(secret, shared, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, chair, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, System.Text.Json.JsonSerializer.Serialize(display), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, System.Text.Json.JsonSerializer.Serialize(report), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, stored, StringComparison.OrdinalIgnoreCase);
        }

        // The participant's own named question is not anonymous: the check above is not vacuous.
        Assert.Contains(Teams.Participant.Name, stored, StringComparison.Ordinal);
    }

    private async Task<string> BoardRowAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_qa.Host.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(data, '\n') FROM question_boards";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
