using TeamsDialogueBot.Bot.Help;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// The help card as a participant and as a chair see it, and the answer to an unknown command. The command
/// list is the wired bot's, in the order `help` lists it (copied from DialogueBot.Router.Help on 2026-12-05), so the
/// card is checked, and drawn in docs/cards, at its full length.
/// </summary>
public sealed class HelpCardSamples : ICardSamples
{
    internal static readonly CommandHelp[] Commands =
    [
        new("help", "What you can ask me", ChairsOnly: false),
        new("language <ar|zh|en|fr|ru|es>", "The language of the shared cards: Arabic, Chinese, English, French, Russian or Spanish", ChairsOnly: true),
        new("agenda", "Post the agenda card", ChairsOnly: false),
        new("next", "Move to the next agenda item or panel", ChairsOnly: true),
        new("prev", "Move back to the previous item or panel", ChairsOnly: true),
        new("goto <item>", "Jump to an item or panel: goto III, goto 3, goto III.2, goto panel 2, goto closing", ChairsOnly: true),
        new("q+ [to say …]", "Ask for the floor (also `hand`); asking again keeps your place", ChairsOnly: false),
        new("q+ <name|@name> [room|remote] [org …] [group …]", "Add someone to the list (an @mention enters that Teams user)", ChairsOnly: true),
        new("q-", "Withdraw your request (also `lower`)", ChairsOnly: false),
        new("hold / ready", "Not ready yet: keep my place / I'm ready again", ChairsOnly: false),
        new("q?", "Show the speakers' list (also `queue`)", ChairsOnly: false),
        new("queue open|close|clear", "Open or close the list, or empty the line", ChairsOnly: true),
        new("profile [room|remote] [org …] [group …]", "Set your organisation, stakeholder group and channel", ChairsOnly: false),
        new("ack [n|name|@name]", "Give the floor to the next speaker, or to a given one (also `call`)", ChairsOnly: true),
        new("skip [n|name|@name]", "Pass over the next speaker, or a given one", ChairsOnly: true),
        new("move <n|name|@name> <pos>", "Move an entry to another position", ChairsOnly: true),
        new("remove <n|name|@name>", "Take an entry off the list", ChairsOnly: true),
        new("policy <fifo|alternate|first-time-first|groups>", "How the line is ordered", ChairsOnly: true),
        new("time <m:ss>", "Speaking time per intervention", ChairsOnly: true),
        new("poll q<n> [anonymous] [hidden]", "Poll guiding question n of the programme", ChairsOnly: true),
        new("poll \"Question?\" \"A\" \"B\" [multi] [anonymous] [hidden]", "An ad hoc poll (also rating, text, ranking, max=N)", ChairsOnly: true),
        new("poll close|reveal|results [p<n>]", "Close a poll, reveal a hidden one, or post its results", ChairsOnly: true),
        new("input", "Share an input on related activities: a private form for you alone", ChairsOnly: false),
        new("inputs [item|q<n>] [page]", "The inputs shared so far, by guiding question (open-text poll answers too)", ChairsOnly: false),
        new("inputs hide|show <id>", "Hide an input from cards and the report (kept in the audit trail), or show it again", ChairsOnly: true),
        new("inputs close|open [item]", "Stop or resume inputs on an item: no new inputs, edits or withdrawals", ChairsOnly: true),
        new("inputs hidden", "The hidden inputs, privately, to show them again", ChairsOnly: true),
        new("report [item]", "The report of the session or of one item: a summary here, the download link to you privately", ChairsOnly: true),
        new("report revoke", "Withdraw every report link of this meeting at once", ChairsOnly: true),
        new("ask [anonymous] [to <panellist>:] <question>", "Ask the current panel a written question for its Q&A card, where others upvote it. `anonymous` keeps your name off the card, the room display and the report (the chat still shows who typed it: the card's own form doesn't)", ChairsOnly: false),
        new("qa", "Post the Q&A card of the current panel (the new card is the one kept up to date)", ChairsOnly: true),
        new("qa on|off", "Open or close the Q&A (a panel's opens when the agenda reaches it, and closes when it moves on)", ChairsOnly: true),
        new("qa moderate on|off", "Pre-moderation: new questions wait for your approval", ChairsOnly: true),
        new("qa approve|hide|show|answered <n>", "Act on question n (also buttons on your view of the card)", ChairsOnly: true),
        new("display", "Links to the live room display (boardroom screen, Teams side panel and stage), sent to you privately", ChairsOnly: true),
        new("display rotate", "A new display link; the old one stops working at once", ChairsOnly: true),
        new("floor qr on|off|rotate", "Let people in the room request the floor from their phones: a QR code on the room display (rotate: a new link, the old one stops working)", ChairsOnly: true),
    ];

    public IEnumerable<CardSample> Samples =>
    [
        new("help-participant", HelpCard.Render(Commands, isChair: false)),
        new("help-chair", HelpCard.Render(Commands, isChair: true)),
        new("help-unknown-command", HelpCard.Render(Commands, isChair: false, "I don't know \"dance\". Here is what I understand:")),
    ];
}
