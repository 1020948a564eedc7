using System.Globalization;
using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>The small form where a participant says once who they speak for; shown to them alone, in their language.</summary>
public static class ProfileCard
{
    public const string OrganisationInput = "org";
    public const string GroupInput = "group";
    public const string ChannelInput = "channel";

    public static AdaptiveCard Render(Speaker profile, IReadOnlyList<string> groups, AgendaPosition position, Texts? texts = null)
    {
        texts ??= Texts.English;
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(groups);
        var choices = groups.Select(g => new Choice(g, g)).ToList();
        if (!groups.Contains(profile.Group, StringComparer.Ordinal))
        {
            choices.Add(new Choice(profile.Group, profile.Group));
        }

        return new AdaptiveCard(
        [
            new TextBlock(texts["Profile.Title"]) { Weight = TextWeight.Bolder, Size = TextSize.Medium },
            new TextBlock(texts.Format("Profile.Intro", CardText.Plain(profile.Name))) { IsSubtle = true, Spacing = Spacing.None },
            new InputText(OrganisationInput) { Label = texts["Profile.Organisation"], Value = profile.Organisation, MaxLength = 100, Placeholder = texts["Profile.OrganisationExample"] },
            new InputChoiceSet(GroupInput, choices) { Label = texts["Profile.Group"], Value = profile.Group, IsRequired = true, ErrorMessage = texts["Profile.ChooseGroup"] },
            new InputChoiceSet(ChannelInput, [new Choice(texts["Profile.Remote"], nameof(SpeakerChannel.Remote)), new Choice(texts["Profile.Room"], nameof(SpeakerChannel.Room))])
            {
                Label = texts["Profile.Channel"],
                Value = profile.Channel.ToString(),
                Style = ChoiceInputStyle.Expanded,
            },
        ])
        {
            Actions =
            [
                new ExecuteAction(QueueVerbs.SaveProfile)
                {
                    Title = texts["Profile.Save"],
                    Style = ActionStyle.Positive,
                    Data = new Dictionary<string, string>
                    {
                        ["verb"] = QueueVerbs.SaveProfile,
                        [QueueVerbs.ItemKey] = PositionKey.Of(position),
                    },
                },
            ],
            FallbackText = texts["Profile.Fallback"],
            Lang = texts.Language,
            Rtl = texts.IsRightToLeft ? true : null,
        };
    }
}
