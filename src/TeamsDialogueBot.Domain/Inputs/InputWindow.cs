using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>
/// Whether an agenda item takes inputs. "Open" means: new inputs may be submitted on the item, and their authors may
/// edit or withdraw them. Every item is open until a co-chair runs `inputs close [item]`, and open again after
/// `inputs open [item]`; closing never hides anything. An item nobody closed has no stored window. Hiding and showing
/// by co-chairs does not depend on it.
/// </summary>
/// <remarks>
/// A submission decided on another instance in the same instant as a close may still be stored after it: it was
/// decided while the item was open. On one instance, turns of a conversation are decided one after another.
/// </remarks>
public sealed class InputWindow
{
    private readonly List<AuditEntry> _audit;

    private InputWindow(InputWindowSnapshot snapshot)
    {
        ItemIndex = snapshot.ItemIndex;
        IsOpen = snapshot.IsOpen;
        _audit = [.. snapshot.Audit];
        Version = snapshot.Version;
    }

    public int ItemIndex { get; }
    public bool IsOpen { get; private set; }
    public IReadOnlyList<AuditEntry> Audit => _audit;
    public long Version { get; private set; }

    /// <summary>The window of an item nobody closed yet: open.</summary>
    public static InputWindow Opened(int itemIndex) => new(new InputWindowSnapshot { ItemIndex = itemIndex });

    public static InputWindow FromSnapshot(InputWindowSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new InputWindow(snapshot);
    }

    public InputWindowSnapshot ToSnapshot() => new() { ItemIndex = ItemIndex, IsOpen = IsOpen, Audit = [.. _audit], Version = Version };

    public InputOutcome Close(Actor chair, DateTimeOffset now) => Set(false, chair, now);

    public InputOutcome Open(Actor chair, DateTimeOffset now) => Set(true, chair, now);

    private InputOutcome Set(bool open, Actor chair, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chair);
        if (IsOpen == open)
        {
            return open ? InputOutcome.AlreadyOpen : InputOutcome.AlreadyClosed;
        }

        IsOpen = open;
        _audit.Add(new AuditEntry(now, chair.Id, chair.Name, open ? "inputs open" : "inputs close", ""));
        Version++;
        return InputOutcome.Done;
    }
}
