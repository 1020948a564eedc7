namespace TeamsDialogueBot.Host.Pages;

/// <summary>The privacy and terms pages the Teams manifest links to (privacyUrl, termsOfUseUrl).</summary>
public static class AppPages
{
    private const string Privacy = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>TeamsDialogueBot — privacy</title></head><body><main>
        <h1>Privacy</h1>
        <p>TeamsDialogueBot keeps what it needs to run a dialogue in the organiser's own database: the agenda position,
        the speakers' list (names, organisations, stakeholder groups as entered, request and speaking times), poll
        answers and the chair actions of the audit trail.</p>
        <p>Answers to anonymous polls are stored under a keyed hash, never under the voter's identity, and no one can
        see who gave them. Participant-identifying data is deleted a configurable time after the dialogue ends
        (90 days unless the organiser sets otherwise). Nothing is shared with third parties.</p>
        </main></body></html>
        """;

    private const string Terms = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>TeamsDialogueBot — terms of use</title></head><body><main>
        <h1>Terms of use</h1>
        <p>TeamsDialogueBot is provided by the organisation that installed it, for running its meetings. Use it in line
        with that organisation's policies. It is provided as is, without warranty.</p>
        </main></body></html>
        """;

    public static IEndpointRouteBuilder MapAppPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy", () => Results.Content(Privacy, "text/html; charset=utf-8"));
        endpoints.MapGet("/terms", () => Results.Content(Terms, "text/html; charset=utf-8"));
        return endpoints;
    }
}
