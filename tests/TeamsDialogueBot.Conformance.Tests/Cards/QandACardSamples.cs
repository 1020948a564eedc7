using System.Globalization;
using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// The Q&amp;A card built by the real view from a board driven through the domain: empty and open, questions with
/// upvotes (one addressed, one anonymous, one answered), one voter's own view, the chairs' view with questions waiting
/// for approval and hidden ones, a form sent back with its problem, a full board cut to size, closed.
/// </summary>
public sealed class QandACardSamples : ICardSamples
{
    private static readonly DateTimeOffset Start = new(2025, 3, 12, 11, 0, 0, TimeSpan.Zero);
    private static readonly Actor Chair = new("aad-chair-1", "Ana Martínez");
    private static readonly QuestionVoter Me = new("me-key-00001");

    internal static readonly QandACardContext Shared = new(
        "III.2 Panel 2: Protection and assistance measures for smuggled migrants",
        ["Amira Haddad", "Jonas Berg", "Lucía Fernández-Ortega"],
        ["29:1chair-ana-martinez", "29:1chair-peter-okafor"]);

    public IEnumerable<CardSample> Samples
    {
        get
        {
            yield return new("qa-empty", QandACard.Render(Board(), Shared with { ChairMris = [] }));
            yield return new("qa-questions", QandACard.Render(Asked(), Shared));
            yield return new("qa-voter-view", QandACard.Render(Asked(), Shared with { Viewer = Me, Notice = "✓ Your question is on the card, without your name." }));
            yield return new("qa-chair-view", QandACard.Render(Moderated(), Shared with { ChairView = true }));
            yield return new("qa-moderated-shared", QandACard.Render(Moderated(), Shared));
            yield return new("qa-form-error", QandACard.Render(Asked(), Shared with
            {
                Viewer = Me,
                FormError = "A question may have at most 500 characters. Shorten it and ask again.",
                FormText = string.Concat(Enumerable.Repeat("How will the review mechanism include civil society? ", 10)),
                FormAddressee = "Jonas Berg",
                FormAnonymous = true,
            }));
            yield return new("qa-full", QandACard.Render(Full(), Shared));
            yield return new("qa-full-chair-view", QandACard.Render(Full(), Shared with { ChairView = true }));
            yield return new("qa-closed", QandACard.Render(Closed(), Shared));
        }
    }

    private static QuestionBoard Board() => QuestionBoard.Create("19:meeting_conformance@thread.v2", new AgendaPosition(2, 2));

    private static QuestionBoard Asked()
    {
        var board = Board();
        Ask(board, "How do you identify smuggled children at disembarkation points, and who is responsible for their care?", "k-amira", "Kwame Mensah", "West Africa Civil Society Platform", to: "Amira Haddad");
        Ask(board, "Is legal aid available to migrants in detention? [see](https://example.org)", "me-key-00001", "Sofia Rossi", null, anonymous: true);
        Ask(board, "What data do you share across borders?", "k-jonas", "Jonas Berg", "University of Oslo");
        for (var v = 0; v < 12; v++)
        {
            board.ToggleUpvote(1, new QuestionVoter("v" + v.ToString(CultureInfo.InvariantCulture)));
        }

        board.ToggleUpvote(3, Me);
        Must(board.MarkAnswered(Chair, 3, Start.AddMinutes(20)));
        return board;
    }

    internal static QuestionBoard Moderated()
    {
        var board = Asked();
        Must(board.Hide(Chair, 2, Start.AddMinutes(21)));
        Must(board.SetModeration(Chair, true, Start.AddMinutes(22)));
        Ask(board, "Could the panel comment on returns to countries of origin?", "k-lucia", "Lucía Fernández-Ortega", "Youth Forum on Migration");
        return board;
    }

    internal static QuestionBoard Full()
    {
        var board = Board();
        for (var i = 0; i < QandALimits.Questions; i++)
        {
            var text = $"Question {i + 1}: " + string.Concat(Enumerable.Repeat("cooperation between coast guards and NGOs on search and rescue; ", 7));
            Ask(board, text[..Math.Min(text.Length, QandALimits.Text)], "asker-" + (i / QandALimits.PerAsker).ToString(CultureInfo.InvariantCulture), $"Delegate {i + 1} Kowalczyk-Nakamura", $"Organisation for Coastal Community Resilience {i + 1}", to: i % 3 == 0 ? "Jonas Berg" : null);
        }

        return board;
    }

    private static QuestionBoard Closed()
    {
        var board = Asked();
        Must(board.Close(Chair, Start.AddMinutes(30)));
        return board;
    }

    private static void Ask(QuestionBoard board, string text, string key, string name, string? organisation, bool anonymous = false, string? to = null) =>
        Must(board.Ask(new QuestionDraft(text, new QuestionVoter(key), name, organisation, anonymous, to), Start));

    private static void Must(QandAResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The sample board refused a step: {result.Outcome}");
        }
    }
}
