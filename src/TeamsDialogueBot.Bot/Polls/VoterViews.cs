using System.Collections.Concurrent;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// The voter's own views of one poll at one tally, rendered and written as invoke responses once per answer shown.
/// </summary>
/// <remarks>
/// A voter's view is a pure function of the poll (its version), the tally last shown on the shared card, what the
/// voter answered and the language they read (their Teams locale): not of who they are or when they voted. In a rush, hundreds of voters pick the same option between
/// two refreshes of the shared card, and building and serialising the same ~2 KB card for each was about a fifth of a
/// vote's CPU and half its allocation (issue 17). Every voter still gets exactly the bytes rendering would produce: an
/// entry belongs to one poll object at one version and one tally object, and PollTallies starts a new set whenever
/// either is replaced. Open-text answers are not kept (each text is its own view), nor more than
/// <see cref="MaxViews"/> different answers (rankings and multiple choices can combine in many ways).
/// </remarks>
internal sealed class VoterViews(Poll poll, TallyView? tally)
{
    private const int MaxViews = 64;

    private readonly int _version = poll.Version;
    private readonly ConcurrentDictionary<string, CardActionResult> _views = new(StringComparer.Ordinal);

    public static CardActionResult Render(Poll poll, TallyView? tally, Answer mine, Texts texts) =>
        new CardActionResult.Written(InvokeResponses.From(CardActionResult.Show(PollCard.RenderForVoter(poll, tally, mine, texts))));

    /// <summary>The view of <paramref name="mine"/>; rendered now unless an equal answer was shown at this version and tally.</summary>
    public CardActionResult For(Answer mine, Texts texts)
    {
        if (poll.Version != _version || KeyOf(mine) is not { } answer)
        {
            return Render(poll, tally, mine, texts);
        }

        var key = texts.Language + "\u001E" + answer;

        if (_views.TryGetValue(key, out var view))
        {
            return view;
        }

        view = Render(poll, tally, mine, texts);
        if (_views.Count < MaxViews)
        {
            _views.TryAdd(key, view);
        }

        return view;
    }

    // What of an answer the view shows (PollCard.Describe, PollInputs): the choices in order, or the rating.
    private static string? KeyOf(Answer mine)
    {
        if (mine.Text is not null)
        {
            return null;
        }

        if (mine.Rating is { } rating)
        {
            return mine.Choices.Count == 0 ? "#" + rating.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        return mine.Choices.Count == 1 ? mine.Choices[0] : string.Join('\u001F', mine.Choices);
    }
}
