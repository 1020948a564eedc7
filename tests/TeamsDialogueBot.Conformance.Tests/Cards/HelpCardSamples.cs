using TeamsDialogueBot.Bot.Help;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// The help card as a participant and as a chair see it, and the answer to an unknown command. The command
/// list is the one the target command reference promises, so the card is checked at its full length.
/// </summary>
public sealed class HelpCardSamples : ICardSamples
{
    internal static readonly CommandHelp[] Commands =
    [
        new("help", "What you can ask me", ChairsOnly: false),
        new("agenda", "Post the agenda card", ChairsOnly: false),
        new("q+ [to say …]", "Ask for the floor", ChairsOnly: false),
        new("q-", "Take yourself off the speakers' list", ChairsOnly: false),
        new("q?", "Show the speakers' list", ChairsOnly: false),
        new("input", "Share an input on related activities: a private form for you alone", ChairsOnly: false),
        new("inputs [item|q<n>] [page]", "The inputs shared so far, by guiding question (open-text poll answers too)", ChairsOnly: false),
        new("next", "Move to the next agenda item", ChairsOnly: true),
        new("prev", "Move back to the previous item", ChairsOnly: true),
        new("goto <item>", "Jump to an item: goto III, goto 3, goto closing", ChairsOnly: true),
        new("ack [n|name]", "Give the floor to the next speaker", ChairsOnly: true),
        new("queue open|close|clear", "Open, close or clear the speakers' list", ChairsOnly: true),
        new("policy <fifo|alternate|first-time-first|groups>", "How the list is ordered", ChairsOnly: true),
        new("time <m:ss>", "Speaking time per intervention", ChairsOnly: true),
        new("poll q<n>", "Poll on a guiding question", ChairsOnly: true),
        new("display", "The room display link", ChairsOnly: true),
        new("inputs hide|show <id>", "Hide an input from cards and the report (kept in the audit trail), or show it again", ChairsOnly: true),
        new("inputs close|open [item]", "Stop or resume inputs on an item: no new inputs, edits or withdrawals", ChairsOnly: true),
        new("report", "The report of the item or the session", ChairsOnly: true),
    ];

    public IEnumerable<CardSample> Samples =>
    [
        new("help-participant", HelpCard.Render(Commands, isChair: false)),
        new("help-chair", HelpCard.Render(Commands, isChair: true)),
        new("help-unknown-command", HelpCard.Render(Commands, isChair: false, "I don't know \"dance\". Here is what I understand:")),
    ];
}
