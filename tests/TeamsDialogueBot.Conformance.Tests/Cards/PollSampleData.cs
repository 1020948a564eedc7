using System.Globalization;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// Polls as chairs launch them (the real `poll …` parser and the built-in programme) and votes as the
/// cards send them back (the real answer parser), for the poll card samples.
/// </summary>
internal static class PollSampleData
{
    public static readonly DateTimeOffset Now = new(2025, 3, 12, 10, 15, 0, TimeSpan.Zero);
    private static readonly byte[] Secret = "conformance-sample-secret-32-byte"u8.ToArray();
    private static readonly Programme Seed = ProgrammeLoader.LoadBuiltIn();

    /// <summary>The ad hoc commands of each kind, as a chair would type them after "poll".</summary>
    public static readonly (string Name, string Command)[] Kinds =
    [
        ("single", "\"Which format should the next dialogue take?\" \"Hybrid, as today\" \"Fully online\" \"In person in Vienna\" \"Regional meetings\""),
        ("multiple", "\"Which protection measures should States prioritise?\" \"Legal aid\" \"Safe shelter\" \"Medical care\" \"Interpretation\" \"Child guardianship\" max=2"),
        ("rating", "\"How useful was the briefing by the Secretariat?\" \"Not useful\" \"Very useful\" rating"),
        ("text", "\"What one measure would best address migrant smuggling?\" text"),
        ("ranking", "\"Rank the standing items for the next session\" \"Universalization and implementation\" \"Technical assistance needs\" \"Gender, youth and human rights\" ranking"),
    ];

    public static Poll AdHoc(string command, int sequence = 1)
    {
        var parsed = PollCommand.Parse(command);
        var spec = parsed.IsSuccess ? parsed.Value.Spec! : throw new InvalidOperationException(parsed.Error.Message);
        var poll = Poll.AdHoc(PollId.Next(sequence), spec, 3, "aad-chair-1", Now);
        return poll.IsSuccess ? poll.Value : throw new InvalidOperationException(poll.Error.Message);
    }

    /// <summary>`poll q&lt;n&gt;` on the built-in programme (its questions are open text).</summary>
    public static Poll GuidingQuestion(int number, bool anonymous, bool hidden)
    {
        var question = Seed.FindGuidingQuestion(number) ?? throw new InvalidOperationException($"No q{number} in the seed.");
        var poll = Poll.FromGuidingQuestion(PollId.Next(number), question, anonymous, hidden, 3, "aad-chair-1", Now);
        return poll.IsSuccess ? poll.Value : throw new InvalidOperationException(poll.Error.Message);
    }

    /// <summary>Twenty-three realistic votes for the poll, as its card would send them.</summary>
    public static List<Answer> Votes(Poll poll) => Enumerable.Range(0, 23).Select(i => Vote(poll, i)).ToList();

    public static Answer Vote(Poll poll, int voter)
    {
        var data = new Dictionary<string, string?> { [PollCardFields.PollId] = poll.Id.Value };
        var keys = poll.Options.Select(o => o.Key).ToList();
        switch (poll.Kind)
        {
            case PollKind.SingleChoice:
                data[PollCardFields.Choice] = keys[new[] { 0, 0, 1, 0, 2, 3, 0, 1 }[voter % 8] % keys.Count];
                break;
            case PollKind.MultipleChoice:
                data[PollCardFields.Choice] = voter % 3 == 0 ? keys[0] : $"{keys[voter % keys.Count]},{keys[(voter + 2) % keys.Count]}";
                break;
            case PollKind.Rating:
                data[PollCardFields.Rating] = (new[] { 4, 5, 3, 4, 5, 2, 4 }[voter % 7]).ToString(CultureInfo.InvariantCulture);
                break;
            case PollKind.OpenText:
                data[PollCardFields.Text] = Texts[voter % Texts.Length];
                break;
            case PollKind.Ranking:
                for (var place = 1; place <= keys.Count; place++)
                {
                    data[PollCardFields.Rank(place)] = keys[(place - 1 + (voter % 4 == 0 ? 1 : 0)) % keys.Count];
                }

                break;
        }

        var key = VoterKey.For(poll, $"aad-voter-{voter}", poll.Anonymous ? Secret : []);
        var answer = AnswerParser.Parse(poll, data, key, Now.AddSeconds(voter));
        return answer.IsSuccess ? answer.Value : throw new InvalidOperationException(answer.Error.Message);
    }

    public static string VoteErrorMessage(Poll poll, Dictionary<string, string?> data)
    {
        var answer = AnswerParser.Parse(poll, data, VoterKey.For(poll, "aad-voter-bad", poll.Anonymous ? Secret : []), Now);
        return answer.IsSuccess ? throw new InvalidOperationException("The sample vote was accepted.") : answer.Error.Message;
    }

    public static Poll Closed(Poll poll)
    {
        if (poll.Close(Now.AddMinutes(5), "aad-chair-1") is { } error)
        {
            throw new InvalidOperationException(error.Message);
        }

        return poll;
    }

    private static readonly string[] Texts =
    [
        "Fund legal aid for smuggled migrants",
        "Fund legal aid for smuggled migrants",
        "Joint investigation teams across the Mediterranean route",
        "Safe and regular pathways, so fewer people depend on smugglers",
        "Train border officials to identify protection needs, especially of children",
        "Include survivors in designing protection measures",
        "Fund legal aid for smuggled migrants",
        "Follow the money: financial investigations into smuggling networks",
    ];
}
