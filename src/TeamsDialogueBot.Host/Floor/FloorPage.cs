using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Floor;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>
/// The floor page's HTML, complete without script: every button is a form that posts and is redirected back
/// (POST-redirect-GET). floor.js, when it runs, posts the same forms itself and keeps the page live over SignalR.
/// Everything typed by people is HTML-encoded and laid out in its own direction (dir="auto", bdi): a page in one
/// script shows names in another; nothing of Teams (ids, MRIs) is ever in the snapshot it renders.
/// </summary>
internal static class FloorPage
{
    /// <param name="Language">The page's language: its texts'.</param>
    /// <param name="Title">The programme's title, in <see cref="TitleLanguage"/>.</param>
    public sealed record Frame(string Language, string Direction, string Title, string Token, PhonePageTexts Texts)
    {
        /// <summary>
        /// The language the programme's title is written in: the page's when the programme translates into it, else its
        /// own — an English title on an Arabic page keeps left to right, as on the room display.
        /// </summary>
        public string TitleLanguage { get; init; } = Language;

        public string TitleDirection => DisplaySnapshotBuilder.DirectionOf(TitleLanguage);
    }

    public static string Status(Frame frame, PhoneSnapshot snapshot, PhoneVisitor visitor, string? flash)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(visitor);
        var t = frame.Texts;
        var key = FloorTokens.KeyOf(visitor.BrowserId);
        var mine = snapshot.Phones.FirstOrDefault(p => p.Key == key);
        var hasFloor = snapshot.FloorKey == key;
        var state = hasFloor ? "floor" : mine is null ? "none" : mine.OnHold ? "hold" : "waiting";
        var status = hasFloor ? t.YouHaveTheFloor : mine is null ? t.NotInLine : Format(t.InLine, mine.Position);
        var detail = mine is null ? "" : mine.OnHold ? t.OnHold : mine.WaitSeconds is 0 ? t.YouAreNext : Format(t.Wait, Clock(mine.WaitSeconds ?? 0));
        var closed = snapshot.RequestsOpen ? "" : snapshot.LinkOn ? t.ListClosed : t.RequestsClosed;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"""
            <h1 id="heading">{H(t.PageTitle)}</h1>
            <p id="flash" class="flash" role="status">{H(flash ?? "")}</p>
            <section id="me" class="me" data-state="{state}" aria-labelledby="me-status">
              <p id="me-status" class="me-status" tabindex="-1">{H(status)}</p>
              <p id="me-detail" class="me-detail">{H(detail)}</p>
              <p id="me-countdown" class="countdown" role="timer" aria-label="{H(t.YouHaveTheFloor)}"{Hidden(!hasFloor)}></p>
            </section>
            <p id="closed" class="closed"{Hidden(closed.Length == 0 || mine is not null || hasFloor)}>{H(closed)}</p>
            <div class="actions">
            """);
        body.Append(Form(frame, "request", t.RequestButton, "big primary", mine is null && !hasFloor && snapshot.RequestsOpen));
        body.Append(Form(frame, "hold", t.HoldButton, "big", mine is { OnHold: false }));
        body.Append(Form(frame, "resume", t.ResumeButton, "big primary", mine is { OnHold: true }));
        body.Append(Form(frame, "withdraw", t.WithdrawButton, "big quiet", mine is not null));
        var floor = snapshot.Floor;
        var speaker = floor is null ? "" : floor.Organisation is { Length: > 0 } org ? $"{floor.Name} ({org})" : floor.Name;
        body.Append(CultureInfo.InvariantCulture, $"""
            </div>
            <section id="floor" class="floor" aria-labelledby="floor-heading">
              <h2 id="floor-heading">{H(t.NowSpeaking)}</h2>
              <p id="floor-name" class="floor-name" dir="auto"{Hidden(floor is null)}>{H(speaker)}</p>
              <p id="floor-countdown" class="countdown small" role="timer"{Hidden(floor is null || hasFloor)}></p>
              <p id="floor-empty" class="empty"{Hidden(floor is not null)}>{H(t.NobodySpeaking)}</p>
              <p id="waiting" class="waiting">{H(Format(t.Waiting, snapshot.Waiting))}</p>
            </section>
            <p class="who">{Who(visitor)} · <a href="/floor/{frame.Token}?edit=1">{H(t.ChangeDetails)}</a></p>
            <noscript><p><a href="/floor/{frame.Token}">{H(t.Refresh)}</a></p></noscript>
            <p id="connection" class="connection" hidden></p>
            """);
        var data = $"""data-key="{key}" data-taken-at="{snapshot.TakenAt:O}" """;
        var floorData = floor is null ? "" : $"""data-started-at="{floor.StartedAt:O}" data-allowed="{floor.AllowedSeconds.ToString(CultureInfo.InvariantCulture)}" """;
        return Document(frame, snapshot, body.ToString(), data + floorData, refresh: true);
    }

    public static string Join(Frame frame, PhoneSnapshot snapshot, IReadOnlyList<string> groups, PhoneVisitor? current, string? name, string? organisation, string? group, string? problem)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(groups);
        var t = frame.Texts;
        name ??= current?.Name;
        organisation ??= current?.Organisation;
        group ??= current?.Group;
        var options = string.Concat(groups.Select(g =>
            $"""<option value="{H(g)}"{(string.Equals(g, group, StringComparison.Ordinal) ? " selected" : "")}>{H(g)}</option>"""));
        var error = problem is null ? "" : $"""<p id="join-error" class="error" role="alert">{H(problem)}</p>""";
        var described = problem is null ? "" : """ aria-describedby="join-error" aria-invalid="true" autofocus""";
        var body = $"""
            <h1 id="heading">{H(t.JoinHeading)}</h1>
            <p class="intro">{H(t.JoinIntro)}</p>
            {error}
            <form class="join" method="post" action="/floor/{frame.Token}/join">
              <label for="name">{H(t.NameLabel)}</label>
              <input id="name" name="name" type="text" dir="auto" maxlength="100" required autocomplete="name" value="{H(name ?? "")}"{described}>
              <label for="organisation">{H(t.OrganisationLabel)}</label>
              <input id="organisation" name="organisation" type="text" dir="auto" maxlength="100" autocomplete="organization" value="{H(organisation ?? "")}">
              <label for="group">{H(t.GroupLabel)}</label>
              <select id="group" name="group" required>{options}</select>
              <button type="submit" class="big primary">{H(t.JoinButton)}</button>
            </form>
            """;
        return Document(frame, snapshot, body, "", refresh: false);
    }

    /// <summary>A short page for refusals (429, 403, 404): a heading, one sentence and the way back.</summary>
    public static string Message(Frame frame, string heading, string text, bool linkBack)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var back = linkBack ? $"""<p><a href="/floor/{frame.Token}">{H(frame.Texts.BackToPage)}</a></p>""" : "";
        return Document(frame, null, $"""<h1 id="heading">{H(heading)}</h1><p role="alert">{H(text)}</p>{back}""", "", refresh: false);
    }

    public static string Clock(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");

    private static string Document(Frame frame, PhoneSnapshot? snapshot, string body, string data, bool refresh)
    {
        // The title and the item are the programme's words, in its language (the snapshot's), which may not be the page's.
        var item = snapshot is null ? "" : $""" lang="{H(snapshot.Language)}" dir="{snapshot.Direction}" """.TrimEnd();
        // Without script, a page showing a place in line reloads itself now and then; with script it is pushed.
        var noScriptRefresh = refresh ? """<noscript><meta http-equiv="refresh" content="15"></noscript>""" : "";
        var texts = JsonSerializer.Serialize(frame.Texts);
        return $"""
            <!doctype html>
            <html lang="{H(frame.Language)}" dir="{frame.Direction}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="color-scheme" content="light dark">
              <title>{H(frame.Texts.PageTitle)} — {H(frame.Title)}</title>
              <link rel="stylesheet" href="/floor/assets/floor.css">
              {noScriptRefresh}
              <script src="/display/assets/signalr.min.js" defer></script>
              <script src="/floor/assets/floor.js" defer></script>
            </head>
            <body data-token="{frame.Token}" {data}>
              <header class="masthead">
                <p class="dialogue" lang="{H(frame.TitleLanguage)}" dir="{frame.TitleDirection}">{H(frame.Title)}</p>
                <p id="item" class="item"{item}>{H(snapshot?.Item ?? "")}</p>
              </header>
              <main>
            {body}
              </main>
              <script type="application/json" id="texts">{texts}</script>
            </body>
            </html>
            """;
    }

    private static string Form(Frame frame, string action, string label, string style, bool shown) => $"""
          <form id="form-{action}" class="action" method="post" action="/floor/{frame.Token}/{action}"{Hidden(!shown)}>
            <input type="hidden" name="requestId" value="{Guid.NewGuid():N}">
            <button type="submit" class="{style}">{H(label)}</button>
          </form>

        """;

    // Each part isolated (and encoded): a Latin name on an Arabic page, or the reverse, keeps its own direction and
    // its punctuation at its own end rather than the paragraph's.
    private static string Who(PhoneVisitor visitor) =>
        string.Join(" · ", new[] { visitor.Name, visitor.Organisation, visitor.Group }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => $"<bdi>{H(s!)}</bdi>"));

    private static string Format(string template, int value) => Format(template, value.ToString(CultureInfo.InvariantCulture));

    private static string Format(string template, string value) => template.Replace("{0}", value, StringComparison.Ordinal);

    private static string Hidden(bool hidden) => hidden ? " hidden" : "";

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
