using System.Collections.Concurrent;
using TeamsDialogueBot.Bot.Floor;
using TeamsDialogueBot.Bot.Localization;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>
/// Every word the floor page says, in one place: the server's HTML, the no-script answers and (as JSON in the page)
/// the script's live updates all read them from here, so the six languages (issue 14) translate one record.
/// "{0}" marks where a number or time goes.
/// </summary>
public sealed record PhonePageTexts
{
    public static PhonePageTexts English { get; } = new();

    private static readonly ConcurrentDictionary<string, PhonePageTexts> Languages = new(StringComparer.Ordinal);

    /// <summary>The page's texts in a UN language (the bot's resources, keys "Phone.*"); any other tag gives English.</summary>
    public static PhonePageTexts In(string? language) => Languages.GetOrAdd(Texts.For(language).Language, code => From(Texts.For(code)));

    private static PhonePageTexts From(Texts t) => new()
    {
        PageTitle = t["Phone.PageTitle"],
        JoinHeading = t["Phone.JoinHeading"],
        JoinIntro = t["Phone.JoinIntro"],
        NameLabel = t["Phone.NameLabel"],
        OrganisationLabel = t["Phone.OrganisationLabel"],
        GroupLabel = t["Phone.GroupLabel"],
        JoinButton = t["Phone.JoinButton"],
        NameMissing = t["Phone.NameMissing"],
        NameTooLong = t["Phone.NameTooLong"],
        OrganisationTooLong = t["Phone.OrganisationTooLong"],
        GroupUnknown = t["Phone.GroupUnknown"],
        ControlCharacters = t["Phone.ControlCharacters"],
        RequestButton = t["Phone.RequestButton"],
        WithdrawButton = t["Phone.WithdrawButton"],
        HoldButton = t["Phone.HoldButton"],
        ResumeButton = t["Phone.ResumeButton"],
        YouHaveTheFloor = t["Phone.YouHaveTheFloor"],
        InLine = t["Phone.InLine"],
        Wait = t["Phone.Wait"],
        YouAreNext = t["Phone.YouAreNext"],
        OnHold = t["Phone.OnHold"],
        NotInLine = t["Phone.NotInLine"],
        NowSpeaking = t["Phone.NowSpeaking"],
        NobodySpeaking = t["Phone.NobodySpeaking"],
        Waiting = t["Phone.Waiting"],
        RequestsClosed = t["Phone.RequestsClosed"],
        ListClosed = t["Phone.ListClosed"],
        ChangeDetails = t["Phone.ChangeDetails"],
        Refresh = t["Phone.Refresh"],
        Live = t["Phone.Live"],
        Offline = t["Phone.Offline"],
        LinkReplaced = t["Phone.LinkReplaced"],
        NotFound = t["Phone.NotFound"],
        TooManyHeading = t["Phone.TooManyHeading"],
        TooMany = t["Phone.TooMany"],
        BackToPage = t["Phone.BackToPage"],
        Forbidden = t["Phone.Forbidden"],
        Requested = t["Phone.Requested"],
        AlreadyWaiting = t["Phone.AlreadyWaiting"],
        Withdrawn = t["Phone.Withdrawn"],
        HeldDone = t["Phone.HeldDone"],
        Resumed = t["Phone.Resumed"],
        NotOnHold = t["Phone.NotOnHold"],
        HasTheFloor = t["Phone.HasTheFloor"],
    };

    public string PageTitle { get; init; } = "Request the floor";
    public string JoinHeading { get; init; } = "Before you request the floor";
    public string JoinIntro { get; init; } = "Your name and organisation are shown on the speakers' list and on the room screen. This browser remembers them for this dialogue only.";
    public string NameLabel { get; init; } = "Your name";
    public string OrganisationLabel { get; init; } = "Organisation (optional)";
    public string GroupLabel { get; init; } = "Stakeholder group";
    public string JoinButton { get; init; } = "Continue";
    public string NameMissing { get; init; } = "Please type your name.";
    public string NameTooLong { get; init; } = "Your name may have at most 100 characters.";
    public string OrganisationTooLong { get; init; } = "The organisation may have at most 100 characters.";
    public string GroupUnknown { get; init; } = "Please choose your stakeholder group.";
    public string ControlCharacters { get; init; } = "Please use ordinary letters, digits and punctuation only.";
    public string RequestButton { get; init; } = "Request the floor";
    public string WithdrawButton { get; init; } = "Withdraw";
    public string HoldButton { get; init; } = "Not ready — keep my place";
    public string ResumeButton { get; init; } = "I'm ready";
    public string YouHaveTheFloor { get; init; } = "You have the floor";
    public string InLine { get; init; } = "You are number {0} in line";
    public string Wait { get; init; } = "Estimated wait: about {0}";
    public string YouAreNext { get; init; } = "You are next.";
    public string OnHold { get; init; } = "On hold — your place is kept. Press “I'm ready” when you are.";
    public string NotInLine { get; init; } = "You are not on the speakers' list.";
    public string NowSpeaking { get; init; } = "Now speaking";
    public string NobodySpeaking { get; init; } = "Nobody has the floor.";
    public string Waiting { get; init; } = "{0} waiting";
    public string RequestsClosed { get; init; } = "Requests from phones are closed.";
    public string ListClosed { get; init; } = "The speakers' list is closed for this item.";
    public string ChangeDetails { get; init; } = "Change my details";
    public string Refresh { get; init; } = "Refresh";
    public string Live { get; init; } = "Live";
    public string Offline { get; init; } = "Offline — retrying";
    public string LinkReplaced { get; init; } = "This link has been replaced. Scan the new QR code on the room screen.";
    public string NotFound { get; init; } = "This link does not work (any more). Scan the QR code on the room screen again.";
    public string TooManyHeading { get; init; } = "Please wait a moment";
    public string TooMany { get; init; } = "Too many requests from this phone or this room. Please wait a minute, then try again.";
    public string BackToPage { get; init; } = "Back to the floor page";
    public string Forbidden { get; init; } = "This request did not come from the floor page.";
    public string Requested { get; init; } = "You are on the speakers' list.";
    public string AlreadyWaiting { get; init; } = "You are already on the speakers' list.";
    public string Withdrawn { get; init; } = "You have withdrawn your request.";
    public string HeldDone { get; init; } = "You are on hold; your place is kept.";
    public string Resumed { get; init; } = "You are ready again.";
    public string NotOnHold { get; init; } = "You are not on hold.";
    public string HasTheFloor { get; init; } = "You have the floor already.";

    public string Outcome(PhoneOutcome outcome) => outcome switch
    {
        PhoneOutcome.Requested => Requested,
        PhoneOutcome.AlreadyWaiting => AlreadyWaiting,
        PhoneOutcome.Withdrawn => Withdrawn,
        PhoneOutcome.OnHold => HeldDone,
        PhoneOutcome.Resumed => Resumed,
        PhoneOutcome.NotWaiting => NotInLine,
        PhoneOutcome.NotOnHold => NotOnHold,
        PhoneOutcome.HasTheFloor => HasTheFloor,
        PhoneOutcome.ListClosed => ListClosed,
        PhoneOutcome.RequestsClosed => RequestsClosed,
        _ => NotFound,
    };

    public string Problem(PhoneProfileProblem problem) => problem switch
    {
        PhoneProfileProblem.NameMissing => NameMissing,
        PhoneProfileProblem.NameTooLong => NameTooLong,
        PhoneProfileProblem.OrganisationTooLong => OrganisationTooLong,
        PhoneProfileProblem.GroupUnknown => GroupUnknown,
        _ => ControlCharacters,
    };
}
