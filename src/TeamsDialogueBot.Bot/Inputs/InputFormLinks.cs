using System.Security.Cryptography;
using System.Text;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// Ties an input card to its meeting. A form sent to the bot's 1:1 chat comes back from that chat, so its buttons carry
/// the meeting's conversation, signed (HMAC-SHA256) together with the person it was sent to: nobody can aim a card at a
/// meeting the bot never sent them a form for. A card pressed in the meeting itself needs no signature.
/// </summary>
public sealed class InputFormLinks(IPollStore secrets, IDialogueStore dialogues)
{
    public const string ConversationKey = "c";
    public const string ConversationTypeKey = "ct";
    public const string MeetingKey = "m";
    public const string SignatureKey = "sig";

    // Stored beside the anonymous-voter key (a named secret of the same table): generated once, shared by instances.
    private const string SecretName = "input-form-key";
    private readonly LoadedOnce<byte[]> _key = new(() => secrets.GetOrCreateSecretAsync(SecretName, RandomNumberGenerator.GetBytes(32), CancellationToken.None));

    /// <summary>The data a card's buttons carry so that they act on <paramref name="meeting"/> for <paramref name="userKey"/>.</summary>
    public async Task<Dictionary<string, string>> DataAsync(ConversationReference meeting, string userKey)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var type = meeting.ConversationType ?? "";
        var meetingId = meeting.MeetingId ?? "";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ConversationKey] = meeting.ConversationId,
            [ConversationTypeKey] = type,
            [MeetingKey] = meetingId,
            [SignatureKey] = await SignAsync(meeting.ConversationId, type, meetingId, Normalised(userKey)),
        };
    }

    /// <summary>The meeting a pressed card acts on; null when its data is missing, forged or meant for someone else.</summary>
    public async Task<ConversationReference?> MeetingOfAsync(Turn turn, ButtonPress action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var conversation = action.Get(ConversationKey);
        if (string.IsNullOrEmpty(conversation) || conversation == turn.ConversationId)
        {
            // Pressed where it acts (the agenda card's form in the meeting chat): Teams vouches for the conversation.
            return turn.Reference.ConversationType == "personal" ? null : turn.Reference;
        }

        var type = action.Get(ConversationTypeKey) ?? "";
        var meetingId = action.Get(MeetingKey) ?? "";
        var given = Encoding.ASCII.GetBytes(action.Get(SignatureKey) ?? "");
        var expected = Encoding.ASCII.GetBytes(await SignAsync(conversation, type, meetingId, Normalised(turn.UserKey)));

        // Forms sent before keys were normalised were signed with the object id as that client sent it.
        var legacy = Encoding.ASCII.GetBytes(await SignAsync(conversation, type, meetingId, turn.UserKey));
        if (!CryptographicOperations.FixedTimeEquals(expected, given) && !CryptographicOperations.FixedTimeEquals(legacy, given))
        {
            return null;
        }

        // The stored dialogue knows the meeting's own service URL; a meeting that never changed anything has none yet.
        return (await dialogues.FindAsync(conversation, cancellationToken))?.Reference
            ?? turn.Reference with
            {
                ConversationId = conversation,
                ConversationType = type.Length == 0 ? null : type,
                MeetingId = meetingId.Length == 0 ? null : meetingId,
            };
    }

    /// <summary>The route target of the form's buttons: the turn acting on the card's meeting.</summary>
    public async Task<Turn?> TargetAsync(Turn turn, ButtonPress action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var meeting = await MeetingOfAsync(turn, action, cancellationToken);
        return meeting is null ? null
            : meeting.ConversationId == turn.ConversationId ? turn
            : turn.ActingIn(meeting);
    }

    // Teams sends the same object id in different letter cases depending on the client: a form sent to one of a person's
    // clients must work from the others.
    private static string Normalised(string userKey) => userKey.Trim().ToUpperInvariant();

    private async Task<string> SignAsync(string conversation, string type, string meetingId, string userKey)
    {
        var message = Encoding.UTF8.GetBytes(string.Join('\n', "input-form", conversation, type, meetingId, userKey));
        return Convert.ToBase64String(HMACSHA256.HashData(await _key.GetAsync(), message));
    }
}
