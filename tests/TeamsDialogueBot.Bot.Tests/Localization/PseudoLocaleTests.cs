using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Help;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>
/// The areas issue 14 converted, rendered in a pseudo-locale: any word a reader sees that is neither data (the
/// programme, a poll's question and options, commands) nor bracketed ⟦…⟧ is hard-coded and fails the test.
/// </summary>
public sealed class PseudoLocaleTests
{
    private static readonly Programme Seed = ProgrammeLoader.LoadBuiltIn();
    private static readonly Texts Pseudo = new(new PseudoTextSource(), "en");
    private static readonly DateTimeOffset Now = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_pseudo_locale_is_accented_and_forty_percent_longer()
    {
        var english = Texts.English["Poll.IsClosed"];
        var pseudo = Pseudo["Poll.IsClosed"];

        Assert.StartsWith("⟦Ţĥíš", pseudo, StringComparison.Ordinal);
        Assert.True(pseudo.Length >= english.Length * 1.4, pseudo);

        // Commands and placeholders survive: `help` stays typeable, {0} is still filled in.
        var refusal = Pseudo.Format("Refusal.ChairsOnly", "agenda");
        Assert.Contains("`agenda`", refusal, StringComparison.Ordinal);
        Assert.Contains("`help`", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Agenda_cards_have_no_hard_coded_text()
    {
        for (var i = 0; i < Seed.Positions.Count; i++)
        {
            var card = AgendaCard.Render(Seed, Seed.Positions[i], Pseudo);
            Assert.Empty(VisibleTexts.HardCoded(card, ProgrammeTexts()));
        }
    }

    [Fact]
    public void Help_cards_have_no_hard_coded_text()
    {
        CommandHelp[] commands = [new("help", "What you can ask me", false), new("next", "Move to the next agenda item or panel", true)];

        var card = HelpCard.Render(commands, isChair: true, Pseudo.Format("Help.Unknown", "dance"), Pseudo);

        Assert.Empty(VisibleTexts.HardCoded(card, ["help", "next", "dance"]));
    }

    public static TheoryData<PollKind> Kinds() => [PollKind.SingleChoice, PollKind.MultipleChoice, PollKind.Rating, PollKind.OpenText, PollKind.Ranking];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Poll_cards_and_voters_views_have_no_hard_coded_text(PollKind kind)
    {
        var poll = Poll(kind, hidden: false);
        var hidden = Poll(kind, hidden: true);
        var answers = Enumerable.Range(0, 70).Select(i => Answer(poll, i)).ToList();
        var tally = PollTally.Compute(poll, answers);
        var data = new List<string> { poll.Question, "p1" };
        data.AddRange(poll.Options.Select(o => o.Label));
        data.AddRange(answers.Select(a => a.Text ?? ""));
        var error = PollErrorTexts.Explain(new PollError(PollErrorCode.NoSelection, "Pick an option first."), poll, Pseudo);

        AdaptiveCard[] cards =
        [
            PollCard.Render(poll, tally, Pseudo),
            PollCard.Render(hidden, PollTally.Compute(hidden, []), Pseudo),
            PollCard.RenderForVoter(poll, tally, answers[0], Pseudo),
            PollCard.RenderError(poll, tally, error, Pseudo),
            PollCard.RenderError(null, null, PollErrorTexts.Explain(PollError.UnknownPoll(PollId.Next(9)), null, Pseudo, PollId.Next(9)), Pseudo),
            PollResultsCard.Render(poll, tally, Pseudo),
            PollResultsCard.RenderInputs(poll, tally, Pseudo),
        ];
        poll.Close(Now, "chair");

        foreach (var card in cards.Append(PollCard.Render(poll, PollTally.Compute(poll, answers), Pseudo)).Append(PollResultsCard.Render(poll, tally, Pseudo)))
        {
            var hardCoded = VisibleTexts.HardCoded(card, data);
            Assert.True(hardCoded.Count == 0, string.Join(" | ", hardCoded));
        }
    }

    [Fact]
    public void Every_vote_refusal_is_written_from_the_resources()
    {
        var poll = Poll(PollKind.MultipleChoice, hidden: false);
        foreach (var code in Enum.GetValues<PollErrorCode>().Where(c => c >= PollErrorCode.MissingPollId))
        {
            var text = PollErrorTexts.Explain(new PollError(code, "English from the domain"), poll, Pseudo);
            Assert.StartsWith("⟦", text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> ProgrammeTexts()
    {
        yield return Seed.Title;
        yield return Seed.Subtitle ?? "";
        yield return Seed.Venue ?? "";
        yield return Seed.Format ?? "";
        yield return Seed.TimeZoneLabel ?? "";
        foreach (var position in Seed.Positions)
        {
            yield return Seed.Heading(position);
        }

        foreach (var item in Seed.Items)
        {
            yield return item.Heading;
            foreach (var point in item.Points)
            {
                yield return point;
            }

            foreach (var panel in item.Panels)
            {
                yield return panel.FollowUp ?? "";
            }

            foreach (var standing in item.StandingItems)
            {
                yield return standing.Title;
                foreach (var question in standing.GuidingQuestions)
                {
                    yield return question.Text;
                }
            }
        }

        // The date line's day and month names come from .NET's calendar data for the language, not from our resources.
        yield return "Monday";
        yield return "July";
    }

    private static Poll Poll(PollKind kind, bool hidden)
    {
        var options = kind is PollKind.Rating or PollKind.OpenText ? [] : new List<string> { "Hybrid", "Online", "In person" };
        var spec = new PollSpec("Which format?", kind, options) { Hidden = hidden, MaxSelections = kind == PollKind.MultipleChoice ? 2 : null };
        return Domain.Polls.Poll.AdHoc(PollId.Next(1), spec, 0, "chair", Now).Value!;
    }

    private static Answer Answer(Poll poll, int i)
    {
        var answer = new Answer(poll.Id, new VoterKey($"v{i}"), Now.AddSeconds(i));
        return poll.Kind switch
        {
            PollKind.Rating => answer with { Rating = 1 + (i % 5) },
            PollKind.OpenText => answer with { Text = $"answer {i}" },
            PollKind.Ranking => answer with { Choices = [.. poll.Options.Select(o => o.Key).Reverse()] },
            _ => answer with { Choices = [poll.Options[i % poll.Options.Count].Key] },
        };
    }
}
