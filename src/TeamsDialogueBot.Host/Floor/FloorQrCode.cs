using System.Globalization;
using System.Text;
using QRCoder;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>
/// The floor link as a QR code in SVG, drawn here so the room display needs no script or request beyond its host.
/// Black on white with the standard quiet zone (phones' cameras read dark-on-light), error correction M (15 %), which
/// survives a projector's glare and keeps the code small enough to read from the back of the room.
/// </summary>
internal static class FloorQrCode
{
    public static string Svg(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                // One rectangle per run of dark modules on a row: a fifth of the path a square per module would be.
                var run = 1;
                while (x + run < size && row[x + run])
                {
                    run++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h{run}v1h-{run}z");
                x += run - 1;
            }
        }

        var n = size.ToString(CultureInfo.InvariantCulture);
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}" shape-rendering="crispEdges"><rect width="{n}" height="{n}" fill="#fff"/><path fill="#000" d="{path}"/></svg>""";
    }
}
