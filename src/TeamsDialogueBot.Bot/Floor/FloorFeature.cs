using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Floor;

namespace TeamsDialogueBot.Bot.Floor;

/// <summary>
/// `floor qr on|off|rotate` (co-chairs): lets people in the room request the floor from their phones through a link
/// the room display shows as a QR code (issue 18). The link is stored with the turn, so the command is applied once
/// however often Teams delivers it, and every instance hands out the same link.
/// </summary>
public sealed class FloorFeature(IOptions<DisplayOptions> options) : IFeature
{
    public const string Usage = "`floor qr on`, `floor qr off` or `floor qr rotate`";

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(["floor"], Access.Chairs,
            [new("floor qr on|off|rotate", "Let people in the room request the floor from their phones: a QR code on the room display (rotate: a new link, the old one stops working)", Access.Chairs)],
            FloorAsync);
    }

    private async Task FloorAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var words = command.Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToList();
        if (words.Count > 0 && words[0] == "QR")
        {
            words.RemoveAt(0);
        }

        var link = await context.Session.FloorLinkAsync(cancellationToken);
        var reference = context.Turn.Reference;
        FloorLinkOutcome? outcome = words is [var word] ? word switch
        {
            "ON" => link.TurnOn(FloorTokens.NewToken(), reference),
            "OFF" => link.TurnOff(reference),
            "ROTATE" when link.Token is not null => link.Rotate(FloorTokens.NewToken(), reference),
            _ => null,
        } : null;
        if (outcome is null)
        {
            context.Outbox.Say(words is ["ROTATE"]
                ? context.SharedTexts["Floor.NothingToRotate"]
                : context.SharedTexts.Format("Floor.Which", Usage));
            return;
        }

        context.Outbox.Say(context.SharedTexts[outcome switch
        {
            FloorLinkOutcome.TurnedOn => "Floor.TurnedOn",
            FloorLinkOutcome.AlreadyOn => "Floor.AlreadyOn",
            FloorLinkOutcome.TurnedOff => "Floor.TurnedOff",
            FloorLinkOutcome.AlreadyOff => "Floor.AlreadyOff",
            _ when link.IsOn => "Floor.Rotated",
            _ => "Floor.RotatedWhileOff",
        }]);
        if (outcome is FloorLinkOutcome.TurnedOn or FloorLinkOutcome.Rotated && link.Token is { } token
            && context.Turn.UserId.Length > 0 && context.Turn.Reference.TenantId is not null)
        {
            // The room sees the link on the screen; the chair gets it too, privately (the chat may include guests online).
            context.Outbox.SendPrivately(context.Turn.UserId, context.Turn.UserName,
                context.PrivateTexts.Format("Floor.PageForChair", FloorUrls.Of(options.Value.PublicBaseUrl, token).AbsoluteUri));
        }
    }
}
