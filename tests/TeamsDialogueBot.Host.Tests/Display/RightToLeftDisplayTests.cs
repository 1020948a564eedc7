using System.Text.RegularExpressions;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Display;

/// <summary>Arabic on the room display: the page right to left when the dialogue is Arabic; an Arabic title right to left on any page.</summary>
public sealed partial class RightToLeftDisplayTests
{
    private const string ArabicProgramme = """
        title: حوار بناء
        date: 2024-07-15
        time_zone: Europe/Vienna
        language: ar
        items:
          - number: I
            title: الافتتاح
            kind: opening
        """;

    [Fact]
    public async Task An_arabic_programme_is_displayed_right_to_left()
    {
        var path = Path.Combine(Path.GetTempPath(), "tdb-display-rtl", Guid.NewGuid().ToString("N") + ".yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, ArabicProgramme);
        await using var connector = await RecordingConnector.StartAsync();
        connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        await using var host = await BotTestHost.StartAsync(connector, settings: new Dictionary<string, string?> { ["Dialogue:ProgrammePath"] = path });
        var teams = new Teams(connector.ServiceUrl);

        await host.SendAsync(teams.Mention(Teams.Chair, "display"));
        // The links go to the chair's 1:1 chat.
        var token = Token().Match(string.Join("\n", connector.Requests.Where(r => r.Route == "send").Select(r => r.Body?["text"]?.GetValue<string>() ?? ""))).Groups[1].Value;
        var english = await host.Client.GetStringAsync(new Uri($"/display/{token}/panel", UriKind.Relative));

        // The screen speaks the dialogue's language (English until the chairs choose); the Arabic title keeps its direction.
        Assert.Contains("<html lang=\"en\" dir=\"ltr\" class=\"layout-panel\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"title\" lang=\"ar\" dir=\"rtl\">حوار بناء</h1>", english, StringComparison.Ordinal);

        await host.SendAsync(teams.Mention(Teams.Chair, "language ar"));
        var html = await host.Client.GetStringAsync(new Uri($"/display/{token}/panel", UriKind.Relative));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\" class=\"layout-panel\">", html, StringComparison.Ordinal);
        Assert.Contains("حوار بناء", html, StringComparison.Ordinal);
        Assert.Contains(">المتكلم الآن</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Now speaking", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/display/([A-Za-z0-9_-]{43})")]
    private static partial Regex Token();
}
