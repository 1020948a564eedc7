using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Domain.Floor;

/// <summary>
/// The link people in the room open on their phones to request the floor (<c>/floor/{token}</c>, issue 18): one per
/// dialogue, off until a chair turns it on, and a secret of its own, not the room display's, so rotating one never
/// breaks the other. Every change bumps <see cref="Version"/>, which the stores use for optimistic concurrency.
/// </summary>
public sealed class FloorLink
{
    private FloorLink(string conversationId, string? token, bool isOn, long version, ConversationReference? reference)
    {
        ConversationId = conversationId;
        Token = token;
        IsOn = isOn;
        Version = version;
        Reference = reference;
    }

    public string ConversationId { get; }

    /// <summary>The secret in the link; null until the link is first turned on.</summary>
    public string? Token { get; private set; }

    /// <summary>Whether phones may request the floor now. Withdrawing and holding stay possible while off.</summary>
    public bool IsOn { get; private set; }

    public long Version { get; private set; }

    /// <summary>
    /// Where the dialogue's conversation lives, from the chair's turn that last changed the link: a phone's turn has no
    /// Teams activity to take it from, and a dialogue whose state was never saved has no other record of it.
    /// </summary>
    public ConversationReference? Reference { get; private set; }

    /// <summary>A dialogue that never had a link (version 0: nothing stored).</summary>
    public static FloorLink None(string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return new FloorLink(conversationId, null, false, 0, null);
    }

    public static FloorLink Restore(string conversationId, string token, bool isOn, long version, ConversationReference? reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new FloorLink(conversationId, token, isOn, version, reference);
    }

    /// <summary>Whether <paramref name="token"/> is this link's current secret (a rotated one is not).</summary>
    public bool Opens(string? token) => Token is not null && string.Equals(Token, token, StringComparison.Ordinal);

    /// <summary>`floor qr on`: the first time, <paramref name="freshToken"/> becomes the link's secret.</summary>
    public FloorLinkOutcome TurnOn(string freshToken, ConversationReference reference)
    {
        if (IsOn)
        {
            return FloorLinkOutcome.AlreadyOn;
        }

        Token ??= Checked(freshToken);
        IsOn = true;
        Touch(reference);
        return FloorLinkOutcome.TurnedOn;
    }

    /// <summary>`floor qr off`: no new requests from phones, at once; the link keeps working to say so.</summary>
    public FloorLinkOutcome TurnOff(ConversationReference reference)
    {
        if (!IsOn)
        {
            return FloorLinkOutcome.AlreadyOff;
        }

        IsOn = false;
        Touch(reference);
        return FloorLinkOutcome.TurnedOff;
    }

    /// <summary>`floor qr rotate`: a new secret; the old link stops opening anything at once. On or off stays as it was.</summary>
    public FloorLinkOutcome Rotate(string freshToken, ConversationReference reference)
    {
        var token = Checked(freshToken);
        if (string.Equals(token, Token, StringComparison.Ordinal))
        {
            throw new ArgumentException("A rotated link needs a new token.", nameof(freshToken));
        }

        Token = token;
        Touch(reference);
        return FloorLinkOutcome.Rotated;
    }

    private void Touch(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Reference = reference;
        Version++;
    }

    private static string Checked(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return token;
    }
}
