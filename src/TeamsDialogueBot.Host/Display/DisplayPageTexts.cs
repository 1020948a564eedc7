using System.Collections.Concurrent;
using System.Text.Json;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Localization;

namespace TeamsDialogueBot.Host.Display;

/// <summary>
/// Every word the room display and its tab configuration page say, from the bot's resources: the server writes them into
/// the HTML (first paint already right) and into a JSON block the scripts read; a page whose dialogue changes language
/// fetches the new set from /display/texts/{language}. Sentences with counts are written by the server into each
/// snapshot (CLDR plurals, <see cref="PluralRules"/>); the scripts only fill "{0}" with names, clocks and numbers.
/// </summary>
internal sealed class DisplayPageTexts
{
    // The name a page uses → the resource. Several are the phone page's or the Q&A card's own words, said the same way.
    private static readonly (string Name, string Key)[] Keys =
    [
        ("PageTitle", "DisplayPage.PageTitle"),
        ("SessionClockLabel", "DisplayPage.SessionClockLabel"),
        ("Connecting", "DisplayPage.Connecting"),
        ("Reconnecting", "DisplayPage.Reconnecting"),
        ("Live", "Phone.Live"),
        ("Offline", "Phone.Offline"),
        ("Revoked", "DisplayPage.Revoked"),
        ("FullScreen", "DisplayPage.FullScreen"),
        ("NowSpeaking", "Phone.NowSpeaking"),
        ("SpeakingTime", "DisplayPage.SpeakingTime"),
        ("OverTime", "DisplayPage.OverTime"),
        ("NobodySpeaking", "Phone.NobodySpeaking"),
        ("NextSpeakers", "DisplayPage.NextSpeakers"),
        ("NobodyWaiting", "Queue.Reply.NobodyWaiting"),
        ("ListClosed", "DisplayPage.ListClosed"),
        ("OnHold", "DisplayPage.OnHold"),
        ("InTheRoom", "DisplayPage.InTheRoom"),
        ("Remote", "DisplayPage.Remote"),
        ("Announce", "DisplayPage.Announce"),
        ("AnnounceWithOrganisation", "DisplayPage.AnnounceWithOrganisation"),
        ("SessionEndsIn", "DisplayPage.SessionEndsIn"),
        ("HoursMinutes", "DisplayPage.HoursMinutes"),
        ("SessionOverTime", "DisplayPage.SessionOverTime"),
        ("Poll", "DisplayPage.Poll"),
        ("PollOpen", "DisplayPage.PollOpen"),
        ("PollClosed", "DisplayPage.PollClosed"),
        ("ResultsHidden", "DisplayPage.ResultsHidden"),
        ("Questions", "QA.Title"),
        ("QuestionsClosed", "DisplayPage.QuestionsClosed"),
        ("NoQuestions", "QA.NoQuestions"),
        ("Anonymous", "QA.Anonymous"),
        ("AddressedTo", "QA.AddressedTo"),
        ("Answered", "QA.AnsweredMark"),
        ("NewQuestion", "DisplayPage.NewQuestion"),
        ("FloorQrHeading", "DisplayPage.FloorQrHeading"),
        ("FloorQrAlt", "DisplayPage.FloorQrAlt"),
        ("SetupTitle", "DisplaySetup.PageTitle"),
        ("SetupHeading", "DisplaySetup.Heading"),
        ("SetupIntro", "DisplaySetup.Intro"),
        ("SetupLinkLabel", "DisplaySetup.LinkLabel"),
        ("SetupLinkHelp", "DisplaySetup.LinkHelp"),
        ("SetupLinkError", "DisplaySetup.LinkError"),
        ("SetupLayout", "DisplaySetup.Layout"),
        ("SetupPanel", "DisplaySetup.Panel"),
        ("SetupBoard", "DisplaySetup.Board"),
        ("SetupSaveFailure", "DisplaySetup.SaveFailure"),
    ];

    private static readonly ConcurrentDictionary<string, DisplayPageTexts> Languages = new(StringComparer.Ordinal);

    private DisplayPageTexts(Texts texts)
    {
        Language = texts.Culture.Name;
        Direction = DisplaySnapshotBuilder.DirectionOf(texts.Language);
        Words = Keys.ToDictionary(k => k.Name, k => texts[k.Key], StringComparer.Ordinal);
        Json = JsonSerializer.Serialize(new Dictionary<string, string>(Words) { ["language"] = Language, ["direction"] = Direction });
    }

    /// <summary>The names the pages use, for the test that each has its resource.</summary>
    public static IEnumerable<string> ResourceKeys => Keys.Select(k => k.Key);

    /// <summary>The BCP 47 tag the page declares in lang ("ar", "zh-Hans", "fr").</summary>
    public string Language { get; }

    public string Direction { get; }

    public IReadOnlyDictionary<string, string> Words { get; }

    /// <summary>The words as one JSON object (plus "language" and "direction"), safe inside a script element: the default encoder writes &lt; and &amp; escaped.</summary>
    public string Json { get; }

    public string this[string name] => Words[name];

    /// <summary>The texts in a UN language (any tag the bot understands: fr-FR, zh-Hans); any other gives English.</summary>
    public static DisplayPageTexts In(string? language)
    {
        var texts = Texts.For(language);
        return Languages.GetOrAdd(texts.Language, _ => new DisplayPageTexts(texts));
    }
}
