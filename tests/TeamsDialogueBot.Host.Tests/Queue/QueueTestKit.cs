using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Outbox;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Host.Tests.Queue;

/// <summary>Reads the speakers' list side of a test host: announcements, the stored list, the list card.</summary>
internal static partial class QueueTestKit
{
    public static TeamsUser User(int n, string name) =>
        new(string.Create(CultureInfo.InvariantCulture, $"0000{n:0000}-1111-4222-8333-444455556666"), name);

    public static string TextOf(JsonNode activity) => activity["text"]?.GetValue<string>() ?? "";

    public static IReadOnlyList<JsonNode> SentIn(RecordingConnector connector, string conversationId) =>
        [.. connector.Requests.Where(r => r.Route == "send" && r.Status < 300 && r.ConversationId == conversationId && r.Body is not null).Select(r => r.Body!)];

    /// <summary>Who got the floor, in order, read from the chat announcements.</summary>
    public static IReadOnlyList<string> FloorOrder(RecordingConnector connector, string conversationId) =>
        [.. SentIn(connector, conversationId)
            .Select(a => Announcement().Match(TextOf(a)))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)];

    public static async Task<SpeakersList> StoredListAsync(BotTestHost host, string conversationId, int item = 0) =>
        await host.Services.GetRequiredService<ISpeakersListStore>().FindAsync(conversationId, AgendaPosition.Item(item), CancellationToken.None)
        ?? throw new InvalidOperationException("No stored list.");

    public static async Task<string> CardIdAsync(BotTestHost host, string conversationId, int item = 0) =>
        await host.Services.GetRequiredService<IOutboxStore>().FindCardAsync(conversationId, CardSlots.Queue(AgendaPosition.Item(item)), CancellationToken.None)
        ?? throw new InvalidOperationException("No list card posted.");

    public static Task IdleAsync(BotTestHost host) => host.SettleAsync();

    [GeneratedRegex(@"🎙 (?:<at>(.+?)</at>|\*\*(.+?)\*\*).*the floor is yours")]
    private static partial Regex Announcement();
}
