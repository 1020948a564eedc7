using System.Text.RegularExpressions;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// A chair naming a Teams user by @mention (`q+ &lt;at&gt;Ana Lima&lt;/at&gt; org …`, `ack &lt;at&gt;Ana Lima&lt;/at&gt;`): the mention
/// entity whose text stands in the command is that user, entered under her own participant id (her Entra object id,
/// as when she types `q+` herself), so her `q-` and `hold` work on the entry, she gets the heads-up and is @mentioned when
/// called. A tag without a matching entity is only text: the name inside it is a typed (room) name.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations#retrieve-mentions</remarks>
public static partial class MentionedParticipants
{
    public const string ResolvedPrefix = "mention:";

    /// <summary>The first mention (not of the bot) whose tag is in <paramref name="arguments"/>, and the arguments without it.</summary>
    public static (Mention? Mention, string Remaining) Take(Activity activity, string arguments)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var mention in All(activity))
        {
            var at = arguments.IndexOf(mention.Tag, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return (mention, Untag(arguments.Remove(at, mention.Tag.Length)));
            }
        }

        return (null, Untag(arguments));
    }

    /// <summary>Mentions of people in the activity (the bot's own is not one), with a Teams user id and a tag.</summary>
    public static IEnumerable<Mention> All(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var bot = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.IsMention && entity.Mentioned?.Id is { Length: > 0 } mri && entity.Text is { Length: > 0 } tag
                && !string.Equals(mri, bot, StringComparison.OrdinalIgnoreCase) && mri.StartsWith("29:", StringComparison.Ordinal))
            {
                // A mention with no name at all (neither Teams' nor the tag's) names nobody the list could show: it is
                // left as text, rather than entered under a made-up name in one language.
                var name = System.Net.WebUtility.HtmlDecode(entity.Mentioned.Name ?? Untag(tag)).Trim();
                if (name.Length > 0)
                {
                    // The tag is looked for in the command's text, whose spaces are all ' ' (MentionText): an Entra
                    // name such as "山田　太郎" (ideographic space) must be found there too.
                    yield return new Mention(mri, SpeakerLimits.FitName(name), Commands.MentionText.SpacesAsSpace(System.Net.WebUtility.HtmlDecode(tag)));
                }
            }
        }
    }

    /// <summary>`q+ @someone [room|remote] [org …] [group …] [to say …]` by a chair.</summary>
    public static async Task RequestAsync(TurnContext context, Mention mention, FloorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(request);
        if (!await context.IsChairAsync(cancellationToken))
        {
            var texts = context.SharedTexts;
            context.Outbox.Say(Refusals.ChairsOnly("q+ @name", texts) + " " + texts["Queue.Reply.AskYourself"]);
            return;
        }

        var id = IdOf(context.Turn, mention);
        var stored = await context.Session.ProfileAsync(id, cancellationToken);
        var (list, result) = await SpeakersListService.ChangeAsync(context, context.Session.CurrentPosition, l => l.Request(
            new Speaker(
                id,
                stored?.Name ?? mention.Name,
                request.Organisation ?? stored?.Organisation,
                request.Group is null ? stored?.Group ?? StakeholderGroups.Other : QueueFeature.GroupOf(request.Group, l.Groups),
                request.Channel ?? SpeakerChannel.Remote),
            request.Topic,
            request.GuidingQuestion,
            context.Now,
            context.Actor), cancellationToken);

        // Her MRI, so she can be @mentioned when called and told privately that she is next.
        if (await context.Session.MriOfAsync(id, cancellationToken) is null)
        {
            context.Session.SaveProfile(stored ?? new Speaker(id, mention.Name, null, StakeholderGroups.Other, SpeakerChannel.Remote), mention.Mri);
        }

        if (!result.Succeeded && QueueReplies.Explain(result, list, context.SharedTexts) is { } explanation)
        {
            context.Outbox.Say(explanation);
        }
    }

    /// <summary>
    /// The target of `ack`/`call` (or null for "the next one"): an @mentioned user's place in the line, her name when she
    /// is not in it, else the arguments as typed with any stray tags reduced to their text.
    /// </summary>
    public static string? Target(Turn turn, SpeakersList list, string arguments) => Target(turn, list, arguments, byNameWhenNotInLine: true);

    /// <summary>
    /// The target of `skip`, `move` and `remove`, which act on an entry already in the line: as <see cref="Target(Turn, SpeakersList, string)"/>,
    /// but an @mentioned user who is not in the line is not found. Her name could match a room entry of the same name
    /// (or part of one), and `remove` would take that person off the list.
    /// </summary>
    public static string? EntryTarget(Turn turn, SpeakersList list, string arguments) => Target(turn, list, arguments, byNameWhenNotInLine: false);

    private static string? Target(Turn turn, SpeakersList list, string arguments, bool byNameWhenNotInLine)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(list);
        var (mention, rest) = Take(turn.Activity, arguments ?? "");
        if (mention is null)
        {
            return QueueArguments.Target(rest);
        }

        var id = IdOf(turn, mention);
        // Position 0 is in no line: the list answers "not found" with the valid positions.
        return list.Queue.FirstOrDefault(o => o.Entry.Speaker.Id == id) is { } queued
            ? queued.Position.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : byNameWhenNotInLine ? mention.Name : "0";
    }

    // Resolved before the turn queued (MentionResolver); without it, the MRI keeps her a Teams user all the same.
    private static ParticipantId IdOf(Turn turn, Mention mention) =>
        new(turn.Resolved.TryGetValue(ResolvedPrefix + mention.Mri, out var id) ? id : mention.Mri);

    // "<at>Ana</at>" without an entity is the typed name "Ana"; a stray "<at>" or "</at>" goes.
    private static string Untag(string text) => AtTagOnly().Replace(AtTag().Replace(text, "$1"), "").Trim();

    [GeneratedRegex("</?at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtTagOnly();

    [GeneratedRegex("<at>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex AtTag();
}
