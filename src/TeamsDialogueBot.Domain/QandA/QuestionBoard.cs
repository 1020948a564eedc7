using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.QandA;

/// <summary>
/// The written Q&amp;A of one agenda position (a panel, or an item) in one conversation (Slido-style): questions, their
/// upvotes, whether it is open and pre-moderated, and the chairs' actions. One aggregate per position, votes inside, so
/// a rush of upvotes batched by the turn executor is one row written. Not thread-safe: callers serialise changes and
/// use <see cref="Version"/> for optimistic concurrency.
/// </summary>
public sealed partial class QuestionBoard
{
    private readonly List<Question> _questions;
    private readonly List<AuditEntry> _audit;
    private readonly List<string> _voters;
    private readonly Dictionary<string, int> _voterPlaces;
    private readonly Dictionary<int, HashSet<int>> _votes;

    private QuestionBoard(
        string conversationId, AgendaPosition position, List<Question> questions, List<AuditEntry> audit, List<string> voters, Dictionary<int, HashSet<int>> votes)
    {
        ConversationId = conversationId;
        ItemIndex = position.ItemIndex;
        Panel = position.Panel;
        _questions = questions;
        _audit = audit;
        _voters = voters;
        _voterPlaces = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < voters.Count; i++)
        {
            _voterPlaces.TryAdd(voters[i], i);
        }

        _votes = votes;
    }

    public string ConversationId { get; }

    /// <summary>0-based index of the agenda item in the programme.</summary>
    public int ItemIndex { get; }

    /// <summary>0 for the item itself; the panel's number for a panel's Q&amp;A (III.2).</summary>
    public int Panel { get; }

    public AgendaPosition Position => new(ItemIndex, Panel);

    /// <summary>Open for questions and upvotes (`qa on|off`).</summary>
    public bool IsOpen { get; private set; }

    /// <summary>Pre-moderation (`qa moderate on|off`): new questions wait for a chair's approval.</summary>
    public bool IsModerated { get; private set; }

    /// <summary>Bumped by every change, upvotes included; unchanged by refusals and no-ops.</summary>
    public long Version { get; private set; }

    /// <summary>Every question ever asked here, in order of asking.</summary>
    public IReadOnlyList<Question> Questions => _questions.AsReadOnly();

    public IReadOnlyList<AuditEntry> Audit => _audit.AsReadOnly();

    /// <summary>How many people ever upvoted here.</summary>
    public int VoterCount => _voters.Count;

    /// <summary>
    /// A fresh board. A panel's Q&amp;A is open from the start (the programme schedules a Q&amp;A session after each
    /// panel); an item's opens when a chair says `qa on`.
    /// </summary>
    public static QuestionBoard Create(string conversationId, AgendaPosition position)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegative(position.ItemIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(position.Panel);
        return new QuestionBoard(conversationId, position, [], [], [], []) { IsOpen = position.IsPanel };
    }

    public Question? Find(int number) => _questions.Find(q => q.Number == number);

    public int VotesFor(int number) => _votes.TryGetValue(number, out var voters) ? voters.Count : 0;

    public bool HasUpvoted(int number, QuestionVoter voter) =>
        voter.Value is not null && _voterPlaces.TryGetValue(voter.Value, out var place) && _votes.TryGetValue(number, out var voters) && voters.Contains(place);

    /// <summary>
    /// The questions everyone sees, in the card's order: open ones by upvotes (most first), then by time asked (oldest
    /// first); answered ones after them in the same order.
    /// </summary>
    public IReadOnlyList<RankedQuestion> Ranked()
    {
        var ordered = _questions
            .Where(q => q.IsShown)
            .OrderBy(q => q.State == QuestionState.Answered)
            .ThenByDescending(q => VotesFor(q.Number))
            .ThenBy(q => q.AskedAt)
            .ThenBy(q => q.Number);
        return [.. ordered.Select((q, i) => new RankedQuestion(q, VotesFor(q.Number), i + 1))];
    }

    /// <summary>Questions waiting for approval, oldest first (the chairs' view).</summary>
    public IReadOnlyList<Question> Pending => [.. _questions.Where(q => q.State == QuestionState.Pending).OrderBy(q => q.AskedAt).ThenBy(q => q.Number)];

    /// <summary>Questions the chairs hid, in order of asking (the chairs' view).</summary>
    public IReadOnlyList<Question> HiddenQuestions => [.. _questions.Where(q => q.State == QuestionState.Hidden)];

    /// <summary>
    /// `ask`: adds a question, visible at once or, under pre-moderation, pending. Refused when the Q&amp;A is off, the
    /// text breaks the rules (<see cref="QuestionText.Check"/>), or the board or the asker has reached its limit.
    /// </summary>
    public QandAResult Ask(QuestionDraft draft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!IsOpen)
        {
            return QandAResult.Fail(QandAOutcome.QandAClosed);
        }

        var (text, problem) = QuestionText.Check(draft.Text);
        if (problem is { } refused)
        {
            return QandAResult.Fail(refused);
        }

        if (_questions.Count >= QandALimits.Questions)
        {
            return QandAResult.Fail(QandAOutcome.TooManyQuestions);
        }

        if (_questions.Count(q => q.AskerKey == draft.Asker.Value) >= QandALimits.PerAsker)
        {
            return QandAResult.Fail(QandAOutcome.TooManyFromAsker);
        }

        var question = new Question
        {
            Number = _questions.Count == 0 ? 1 : _questions.Max(q => q.Number) + 1,
            Text = text!,
            AskerKey = draft.Asker.Value,
            AskerName = draft.Anonymous ? null : Fit(draft.AskerName, QandALimits.AskerName) ?? "Someone",
            AskerOrganisation = draft.Anonymous ? null : Fit(draft.AskerOrganisation, QandALimits.AskerOrganisation),
            Anonymous = draft.Anonymous,
            AddressedTo = string.IsNullOrWhiteSpace(draft.AddressedTo) ? null : draft.AddressedTo,
            State = IsModerated ? QuestionState.Pending : QuestionState.Visible,
            AskedAt = now,
        };
        _questions.Add(question);
        Version++;
        return QandAResult.Ok(IsModerated ? QandAOutcome.AskedPending : QandAOutcome.Asked, question);
    }

    /// <summary>
    /// An upvote, or taking one's upvote back (a toggle: one upvote per person and question). Only on questions
    /// everyone sees, and only while the Q&amp;A is open.
    /// </summary>
    public QandAResult ToggleUpvote(int number, QuestionVoter voter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voter.Value);
        var question = Find(number);
        if (question is null)
        {
            return QandAResult.Fail(QandAOutcome.NotFound);
        }

        if (!IsOpen)
        {
            return QandAResult.Fail(QandAOutcome.QandAClosed, question);
        }

        if (!question.IsShown)
        {
            return QandAResult.Fail(QandAOutcome.NotVotable, question);
        }

        if (!_voterPlaces.TryGetValue(voter.Value, out var place))
        {
            place = _voters.Count;
            _voters.Add(voter.Value);
            _voterPlaces.Add(voter.Value, place);
        }

        if (!_votes.TryGetValue(number, out var voters))
        {
            voters = [];
            _votes.Add(number, voters);
        }

        var upvoted = voters.Add(place);
        if (!upvoted)
        {
            voters.Remove(place);
        }

        Version++;
        return QandAResult.Ok(upvoted ? QandAOutcome.Upvoted : QandAOutcome.UpvoteRemoved, question);
    }

    private void Replace(Question question) =>
        _questions[_questions.FindIndex(q => q.Number == question.Number)] = question;

    private void Record(Actor actor, DateTimeOffset at, string action, string detail)
    {
        _audit.Add(new AuditEntry(at, actor.Id, actor.Name, action, detail));
        Version++;
    }

    private static string? Fit(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return trimmed.Length <= max ? trimmed : string.Concat(trimmed.AsSpan(0, char.IsHighSurrogate(trimmed[max - 2]) ? max - 2 : max - 1), "…");
    }
}
