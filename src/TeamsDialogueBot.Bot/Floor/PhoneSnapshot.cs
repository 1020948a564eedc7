using TeamsDialogueBot.Bot.Display;

namespace TeamsDialogueBot.Bot.Floor;

/// <summary>
/// What every floor page of a dialogue is pushed: who has the floor (as the room display shows it) and where each
/// phone's request stands, by key. Holds nothing the room display does not show already: no Teams ids, and of the
/// remote participants nothing but the speaker's name the screen shows too.
/// </summary>
/// <param name="Language">The language of <paramref name="Item"/>: the programme's translation into the dialogue's, else its own.</param>
/// <param name="Direction">"ltr" or "rtl", of <paramref name="Language"/>: the item keeps it on a page in another language.</param>
/// <param name="Item">"III.2 Panel 2: …", as the room display heads it.</param>
/// <param name="RequestsOpen">Phones may request now: the link is on and the current list open.</param>
/// <param name="FloorKey">The key of the phone that has the floor, when a phone has it.</param>
public sealed record PhoneSnapshot(
    string Language,
    string Direction,
    string? Item,
    bool RequestsOpen,
    bool LinkOn,
    bool ListOpen,
    DisplayFloor? Floor,
    string? FloorKey,
    int Waiting,
    IReadOnlyList<PhonePlace> Phones,
    DateTimeOffset TakenAt);
