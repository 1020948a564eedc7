using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using AgendaProgramme = TeamsDialogueBot.Domain.Programme.Programme;

namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>
/// One input on related activities: its own aggregate (own row, own version), so a rush of submissions at the end of a
/// panel never makes one participant's save conflict with another's. Its author may edit or withdraw it while its agenda
/// item is open for inputs (see <see cref="InputWindow"/>); a co-chair may hide it and show it again at any time, each
/// recorded in its audit trail. Every change bumps <see cref="Version"/>, which storage guards.
/// </summary>
public sealed class Input
{
    private readonly List<AuditEntry> _audit;

    private Input(InputSnapshot snapshot)
    {
        Id = new InputId(snapshot.Id);
        Author = new InputAuthor(snapshot.AuthorKey, snapshot.AuthorMri, snapshot.AuthorName);
        Content = new InputContent(
            snapshot.Organisation, snapshot.Title, snapshot.Description, snapshot.Link, snapshot.ItemIndex, snapshot.GuidingQuestion, snapshot.Attribution, snapshot.Panel);
        State = snapshot.State;
        SubmittedAt = snapshot.SubmittedAt;
        EditedAt = snapshot.EditedAt;
        WithdrawnAt = snapshot.WithdrawnAt;
        _audit = [.. snapshot.Audit];
        Version = snapshot.Version;
    }

    public InputId Id { get; }
    public InputAuthor Author { get; }
    public InputContent Content { get; private set; }
    public InputState State { get; private set; }
    public DateTimeOffset SubmittedAt { get; }
    public DateTimeOffset? EditedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public IReadOnlyList<AuditEntry> Audit => _audit;
    public long Version { get; private set; }

    public int ItemIndex => Content.ItemIndex;

    /// <summary>Where in the programme it belongs: an item, or one of its panels. Windows for inputs are per item.</summary>
    public AgendaPosition Position => new(Content.ItemIndex, Content.Panel);
    public bool IsVisible => State == InputState.Active;

    /// <summary>A new input by <paramref name="author"/> on an item open for inputs; null with the problems otherwise.</summary>
    public static InputChange Submit(
        InputId id, InputAuthor author, InputDraft draft, AgendaProgramme programme, Func<int, bool> isOpen, DateTimeOffset now, out Input? input)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentException.ThrowIfNullOrWhiteSpace(author.Key);
        ArgumentNullException.ThrowIfNull(isOpen);
        input = null;
        var problems = Checked(draft, programme, isOpen, out var content);
        if (problems.Count > 0)
        {
            return new InputChange(InputOutcome.Invalid, problems);
        }

        input = new Input(Snapshot(id, author, content!, now));
        return InputChange.Of(InputOutcome.Done);
    }

    public static Input FromSnapshot(InputSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Input(snapshot);
    }

    /// <summary>
    /// Whether <paramref name="key"/> (the caller's AAD object id) is the author's. Compared without regard to letter case:
    /// Teams sends the same object id in different cases depending on the client, as polls and the Q&amp;A know too.
    /// </summary>
    public bool IsAuthor(string? key) =>
        !string.IsNullOrWhiteSpace(key) && string.Equals(Author.Key.Trim(), key.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The author changes the content; both the input's item and the one it moves to must be open.</summary>
    public InputChange Edit(string byKey, InputDraft draft, AgendaProgramme programme, Func<int, bool> isOpen, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(isOpen);
        if (AuthorMayChange(byKey, isOpen) is { } refused)
        {
            return InputChange.Of(refused);
        }

        var problems = Checked(draft, programme, isOpen, out var content);
        if (problems.Count > 0)
        {
            return new InputChange(InputOutcome.Invalid, problems);
        }

        if (content == Content)
        {
            return InputChange.Of(InputOutcome.Unchanged);
        }

        Content = content!;
        EditedAt = now;
        Version++;
        return InputChange.Of(InputOutcome.Done);
    }

    public InputChange Withdraw(string byKey, Func<int, bool> isOpen, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(isOpen);
        if (AuthorMayChange(byKey, isOpen) is { } refused)
        {
            return InputChange.Of(refused);
        }

        State = InputState.Withdrawn;
        WithdrawnAt = now;
        Version++;
        return InputChange.Of(InputOutcome.Done);
    }

    /// <summary>A co-chair takes the input off cards and exports; the audit trail keeps who and when.</summary>
    public InputChange Hide(Actor chair, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chair);
        if (State != InputState.Active)
        {
            return InputChange.Of(State == InputState.Hidden ? InputOutcome.Hidden : InputOutcome.Withdrawn);
        }

        State = InputState.Hidden;
        Record(chair, now, "hide");
        return InputChange.Of(InputOutcome.Done);
    }

    public InputChange Show(Actor chair, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chair);
        if (State != InputState.Hidden)
        {
            return InputChange.Of(State == InputState.Withdrawn ? InputOutcome.Withdrawn : InputOutcome.NotHidden);
        }

        State = InputState.Active;
        Record(chair, now, "show");
        return InputChange.Of(InputOutcome.Done);
    }

    /// <summary>The latest time a co-chair hid it, while it is hidden.</summary>
    public AuditEntry? HiddenBy => State == InputState.Hidden ? _audit.LastOrDefault(a => a.Action == "hide") : null;

    public InputSnapshot ToSnapshot() => Snapshot(Id, Author, Content, SubmittedAt) with
    {
        State = State,
        EditedAt = EditedAt,
        WithdrawnAt = WithdrawnAt,
        Audit = [.. _audit],
        Version = Version,
    };

    private InputOutcome? AuthorMayChange(string byKey, Func<int, bool> isOpen) =>
        !IsAuthor(byKey) ? InputOutcome.NotAuthor
        : State == InputState.Withdrawn ? InputOutcome.Withdrawn
        : State == InputState.Hidden ? InputOutcome.Hidden
        : !isOpen(ItemIndex) ? InputOutcome.ItemClosed
        : null;

    private void Record(Actor chair, DateTimeOffset now, string action)
    {
        _audit.Add(new AuditEntry(now, chair.Id, chair.Name, action, Id.Value));
        Version++;
    }

    private static List<InputProblem> Checked(InputDraft draft, AgendaProgramme programme, Func<int, bool> isOpen, out InputContent? content)
    {
        var problems = InputRules.Check(draft, programme, out content).ToList();
        if (content is not null && !isOpen(content.ItemIndex))
        {
            problems.Add(new InputProblem(InputField.Item, InputRule.Closed));
            content = null;
        }

        return problems;
    }

    private static InputSnapshot Snapshot(InputId id, InputAuthor author, InputContent content, DateTimeOffset submittedAt) => new()
    {
        Id = id.Value,
        AuthorKey = author.Key,
        AuthorMri = author.Mri,
        AuthorName = author.Name,
        Organisation = content.Organisation,
        Title = content.Title,
        Description = content.Description,
        Link = content.Link,
        ItemIndex = content.ItemIndex,
        Panel = content.Panel,
        GuidingQuestion = content.GuidingQuestion,
        Attribution = content.Attribution,
        State = InputState.Active,
        SubmittedAt = submittedAt,
    };
}
