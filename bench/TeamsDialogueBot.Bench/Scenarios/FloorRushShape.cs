namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>How many ask for the floor, within what window, and how many the chair then calls.</summary>
public sealed record FloorRushShape(int Users, TimeSpan Window, int Speakers);
