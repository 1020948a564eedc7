using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using ZXing;
using ZXing.Common;

namespace TeamsDialogueBot.Host.Tests.Floor;

/// <summary>The room display's QR code: read back by an independent decoder, only while on, only with the display's token.</summary>
public sealed partial class FloorQrCodeTests
{
    [Fact]
    public async Task The_qr_code_reads_back_as_the_floor_link_while_on_and_is_404_otherwise()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        var teams = new Teams(connector.ServiceUrl);
        await using var host = await BotTestHost.StartAsync(connector, settings: new Dictionary<string, string?> { ["Display:PublicBaseUrl"] = "https://dialogue.example.org/" });
        await host.SendAsync(teams.Mention(Teams.Chair, "display"));
        var display = await host.Services.GetRequiredService<IDisplayTokens>().FindTokenAsync(teams.ConversationId, CancellationToken.None);
        var qr = new Uri($"/display/{display}/floor-qr.svg", UriKind.Relative);

        using var off = await host.Client.GetAsync(qr);
        await host.SendAsync(teams.Mention(Teams.Chair, "floor qr on"));
        using var on = await host.Client.GetAsync(qr);
        using var wrong = await host.Client.GetAsync(new Uri($"/display/{new string('E', 43)}/floor-qr.svg", UriKind.Relative));
        var floor = await Phone.TokenAsync(host, teams.ConversationId);
        using var floorTokenAsDisplay = await host.Client.GetAsync(new Uri($"/display/{floor}/floor-qr.svg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.Equal("image/svg+xml", on.Content.Headers.ContentType!.MediaType);
        Assert.Equal("https://dialogue.example.org/floor/" + floor, Decode(await on.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, floorTokenAsDisplay.StatusCode);
    }

    // Paints the SVG's unit squares into a grey image, 4 pixels a module, and lets ZXing read it.
    private static string Decode(string svg)
    {
        var size = int.Parse(ViewBox().Match(svg).Groups[1].Value, CultureInfo.InvariantCulture);
        const int scale = 4;
        var width = size * scale;
        var pixels = Enumerable.Repeat((byte)255, width * width).ToArray();
        foreach (Match run in Run().Matches(svg))
        {
            var (x, y, length) = (Int(run, 1), Int(run, 2), Int(run, 3));
            for (var dy = 0; dy < scale; dy++)
            {
                for (var dx = 0; dx < length * scale; dx++)
                {
                    pixels[((y * scale) + dy) * width + (x * scale) + dx] = 0;
                }
            }
        }

        var source = new RGBLuminanceSource(pixels, width, width, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new ZXing.QrCode.QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        Assert.NotNull(result);
        return result.Text;
    }

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"viewBox=""0 0 (\d+) \1""")]
    private static partial Regex ViewBox();

    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v1h-\3z")]
    private static partial Regex Run();
}
