namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>
/// Who submitted an input. <paramref name="Key"/> (the AAD object id) decides who may edit it and
/// <paramref name="Mri"/> reaches them privately; neither is ever shown. <paramref name="Name"/> is their Teams name,
/// shown only for a named input. Retention forgets all three.
/// </summary>
public sealed record InputAuthor(string Key, string? Mri, string? Name);
