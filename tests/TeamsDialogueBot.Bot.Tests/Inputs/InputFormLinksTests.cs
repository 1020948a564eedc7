using System.Security.Cryptography;
using System.Text;
using Moq;
using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Tests.Inputs;

public sealed class InputFormLinksTests
{
    private const string Meeting = "19:meeting_abc@thread.v2";
    private const string PrivateChat = "a:1private";
    private const string ObjectId = "1a2b0001-0000-4000-8000-00000000cafe";
    private static readonly byte[] Secret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly ConversationReference MeetingReference = new()
    {
        ConversationId = Meeting, ConversationType = "groupChat", MeetingId = "m1", ServiceUrl = "https://smba.example/", BotId = "28:bot", TenantId = "t",
    };

    [Fact]
    public async Task A_form_sent_to_one_client_acts_on_its_meeting_from_a_client_that_sends_the_object_id_in_capitals()
    {
        var links = Links();
        var data = await links.DataAsync(MeetingReference, ObjectId);

        var meeting = await links.MeetingOfAsync(PressedInPrivate(ObjectId.ToUpperInvariant()), Press(data), CancellationToken.None);

        Assert.Equal(Meeting, meeting?.ConversationId);
    }

    [Fact]
    public async Task A_form_signed_before_object_ids_were_normalised_still_acts_and_a_forged_one_does_not()
    {
        var links = Links();
        var data = await links.DataAsync(MeetingReference, ObjectId);
        var legacy = new Dictionary<string, string>(data) { [InputFormLinks.SignatureKey] = LegacySignature(ObjectId) };
        var forged = new Dictionary<string, string>(data) { [InputFormLinks.SignatureKey] = LegacySignature("someone-else") };

        Assert.Equal(Meeting, (await links.MeetingOfAsync(PressedInPrivate(ObjectId), Press(legacy), CancellationToken.None))?.ConversationId);
        Assert.Null(await links.MeetingOfAsync(PressedInPrivate(ObjectId), Press(forged), CancellationToken.None));
        Assert.Null(await links.MeetingOfAsync(PressedInPrivate("1a2b0002-0000-4000-8000-00000000cafe"), Press(data), CancellationToken.None));
    }

    private static InputFormLinks Links()
    {
        var secrets = new Mock<IPollStore>();
        secrets.Setup(s => s.GetOrCreateSecretAsync(It.IsAny<string>(), It.IsAny<byte[]>(), It.IsAny<CancellationToken>())).ReturnsAsync(Secret);
        var dialogues = new Mock<IDialogueStore>();
        return new InputFormLinks(secrets.Object, dialogues.Object);
    }

    // How forms were signed until keys were normalised: with the object id as the client sent it.
    private static string LegacySignature(string userKey) =>
        Convert.ToBase64String(HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes(string.Join('\n', "input-form", Meeting, "groupChat", "m1", userKey))));

    private static ButtonPress Press(IReadOnlyDictionary<string, string> data) =>
        new(InputVerbs.Submit, data.ToDictionary(p => p.Key, p => (string?)p.Value), IsInvoke: true, CardActivityId: null);

    private static Turn PressedInPrivate(string objectId) => new(
        new Activity { Type = "invoke", From = new ChannelAccount { Id = "29:" + ObjectId, AadObjectId = objectId } },
        new ConversationReference { ConversationId = PrivateChat, ConversationType = "personal", ServiceUrl = "https://smba.example/", BotId = "28:bot", TenantId = "t" });
}
