namespace TeamsDialogueBot.Domain.Programme;

/// <summary>
/// The dialogue's programme: what the agenda card shows and what chairs move through.
/// Loaded from YAML by the Bot layer; the seed event is the built-in default.
/// </summary>
public sealed record Programme
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>IANA time zone id of the venue, e.g. "Europe/Vienna".</summary>
    public required string TimeZone { get; init; }

    /// <summary>Label shown next to the slots, e.g. "CEST".</summary>
    public string? TimeZoneLabel { get; init; }
    public IReadOnlyList<TimeSlot> Slots { get; init; } = [];
    public string? Venue { get; init; }
    public string? Format { get; init; }

    /// <summary>BCP 47 language of the programme's texts; decides right-to-left layouts.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Speaking time per intervention unless an item says otherwise.</summary>
    public TimeSpan DefaultSpeakingTime { get; init; } = TimeSpan.FromMinutes(3);
    public required IReadOnlyList<AgendaItem> Items { get; init; }

    /// <summary>Every guiding question in programme order; <see cref="GuidingQuestion.Number"/> is its 1-based position.</summary>
    public IEnumerable<GuidingQuestion> GuidingQuestions =>
        Items.SelectMany(i => i.StandingItems).SelectMany(s => s.GuidingQuestions);

    public GuidingQuestion? FindGuidingQuestion(int number) =>
        GuidingQuestions.FirstOrDefault(q => q.Number == number);

    /// <summary>
    /// Finds an item the way a chair names it: its roman number ("III"), its position ("3"),
    /// or a word of its title ("closing"). Returns the 0-based index, or null.
    /// </summary>
    public int? FindItem(string reference)
    {
        var key = reference.Trim().TrimEnd('.');
        if (key.Length == 0)
        {
            return null;
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (string.Equals(Items[i].Number, key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        if (int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position))
        {
            return position >= 1 && position <= Items.Count ? position - 1 : null;
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Title.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }
}
