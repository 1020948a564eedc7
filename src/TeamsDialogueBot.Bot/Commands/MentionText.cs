using System.Buffers;
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
        return SpacesAsSpace(System.Net.WebUtility.HtmlDecode(text)).Trim();
    }

    // Commands and their arguments are split at ' '. Every other space separator (Unicode's Zs) reads as one: the
    // no-break space of Teams' &nbsp;, the ideographic space Chinese and Japanese input methods type (U+3000), the
    // narrow no-break space French keyboards put before "?" (U+202F), the em and thin spaces pasted from documents.
    private static readonly SearchValues<char> OtherSpaces =
        SearchValues.Create("\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000");

    /// <summary>The text with every Unicode space separator as ' ' (as commands are read).</summary>
    public static string SpacesAsSpace(string text) =>
        text.AsSpan().IndexOfAny(OtherSpaces) < 0
            ? text
            : string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = OtherSpaces.Contains(source[i]) ? ' ' : source[i];
                }
            });
}
