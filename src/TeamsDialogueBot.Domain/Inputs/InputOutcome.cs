namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>What became of a change to an input or to an item's window for inputs. Only <see cref="Done"/> changed anything.</summary>
public enum InputOutcome
{
    Done,

    /// <summary>The change asked for is what is stored already.</summary>
    Unchanged,

    /// <summary>The content breaks a rule (see the problems).</summary>
    Invalid,

    /// <summary>Only the author may edit or withdraw an input.</summary>
    NotAuthor,

    /// <summary>The input was withdrawn: nothing more happens to it.</summary>
    Withdrawn,

    /// <summary>A co-chair hid the input: its author can no longer change it.</summary>
    Hidden,

    /// <summary>Show again: the input is not hidden.</summary>
    NotHidden,

    /// <summary>The input's agenda item is closed for inputs: it can no longer be changed.</summary>
    ItemClosed,

    AlreadyOpen,
    AlreadyClosed,

    /// <summary>The author already has <see cref="InputLimits.PerAuthor"/> inputs in this dialogue (withdrawn ones don't count).</summary>
    TooManyFromAuthor,
}
