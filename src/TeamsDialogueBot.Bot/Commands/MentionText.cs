using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Commands;

/// <summary>
/// Removes the bot's own @mention from a message. Group and meeting chats deliver messages to the bot
/// only when it is mentioned, so "&lt;at&gt;Dialogue Bot&lt;/at&gt; next" must read as "next".
/// Mentions of other people stay: "q+ &lt;at&gt;Ana&lt;/at&gt;" names someone.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations#retrieve-mentions</remarks>
public static class MentionText
{
    public static string WithoutBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.IsMention && entity.Text is { Length: > 0 } mention
                && string.Equals(entity.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Replace(mention, "", StringComparison.OrdinalIgnoreCase);
            }
        }

        // Teams delivers message text HTML-encoded (&quot;, &amp;, &nbsp;): commands are read decoded.
        return System.Net.WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Trim();
    }
}
